#include "kiosk/TrustListControl.h"
#include "common/BoundedRead.h"

#include "trust/BundleStore.h"
#include "trust/TrustBundle.h"
#include "trustupdate/TrustUpdater.h"

#include <QFile>
#include <QUrl>

namespace passgate {

TrustListControl::TrustListControl(BundleStore &store, TrustUpdater *updater, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_updater(updater)
{
    if (m_updater) {
        connect(m_updater, &TrustUpdater::stateChanged, this, [this] {
            if (m_updater->lastResult() == u"installed")
                Q_EMIT installed();
            if (!m_updater->busy() && !m_updater->lastResult().isEmpty())
                setResult(m_updater->lastResultDetail().isEmpty()
                              ? m_updater->lastResult()
                              : m_updater->lastResult() + QStringLiteral(": ") +
                                    m_updater->lastResultDetail());
            else
                Q_EMIT changed();
        });
    }
}

bool TrustListControl::updating() const
{
    return m_updater && m_updater->busy();
}

void TrustListControl::updateNow()
{
    if (!m_updater) {
        setResult(tr("No update address is configured."));
        return;
    }
    m_updater->checkNow();
    Q_EMIT changed();
}

bool TrustListControl::importFile(const QString &path)
{
    const QString local = path.startsWith(u"file:") ? QUrl(path).toLocalFile() : path.trimmed();
    QFile file(local);
    if (local.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        setResult(tr("Cannot read %1").arg(local.isEmpty() ? tr("(no file given)") : local));
        return false;
    }
    const Result<QByteArray, QString> bytes = readBounded(file, maxBundleBytes, local);
    if (!bytes) {
        setResult(file.error() != QFileDevice::NoError ? tr("Cannot read %1").arg(local)
                                                       : tr("%1 is too large for a trust list").arg(local));
        return false;
    }
    auto outcome = m_store.install(*bytes, QStringLiteral("import:") + local);
    if (!outcome) {
        setResult(tr("Refused: %1").arg(outcome.error().reason));
        return false;
    }
    const InstalledBundleInfo info = m_store.installedInfo();
    setResult(*outcome == InstallOutcome::AlreadyInstalled
                  ? tr("That trust list is already in force.")
                  : tr("Installed trust list %1, valid until %2")
                        .arg(info.sequence)
                        .arg(info.expires.toString(QStringLiteral("yyyy-MM-dd"))));
    Q_EMIT installed();
    return true;
}

QStringList TrustListControl::sources() const
{
    QStringList lines;
    const std::shared_ptr<const TrustBundle> bundle = m_store.current();
    if (!bundle)
        return lines;
    for (const BundleSource &source : bundle->sources) {
        const QString kind = source.kind == u"dsc-list"        ? tr("EU gateway list")
                             : source.kind == u"eu-trust-list" ? tr("EU trust list (JWS)")
                                                               : source.kind;
        const QString date = source.listDate.date().toString(QStringLiteral("yyyy-MM-dd"));
        QString line =
            !source.listDate.isValid()
                ? tr("%1 %2: %n signer(s)", nullptr, source.taken).arg(kind, source.name)
            : source.kind == u"dsc-list"
                ? tr("%1 %2, newest entry %3: %n signer(s)", nullptr, source.taken)
                      .arg(kind, source.name, date)
                : tr("%1 %2 of %3: %n signer(s)", nullptr, source.taken).arg(kind, source.name, date);
        if (source.skipped > 0)
            line += QStringLiteral(" · ") + tr("%1 skipped").arg(source.skipped);
        lines.append(line);
    }
    return lines;
}

void TrustListControl::setResult(const QString &result)
{
    m_result = result;
    Q_EMIT changed();
}

} // namespace passgate
