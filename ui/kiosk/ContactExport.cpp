#include "kiosk/ContactExport.h"

#include "common/Clock.h"
#include "station/CheckInStation.h"
#include "station/VenueLedger.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace passgate {

ContactExport::ContactExport(const CheckInStation &station, QString kioskId, const Clock &clock,
                             QObject *parent)
    : QObject(parent)
    , m_station(station)
    , m_kioskId(std::move(kioskId))
    , m_clock(clock)
{}

bool ContactExport::exportDays(int days, const QString &folder)
{
    const VenueLedger *recorder = m_station.ledger();
    if (!recorder) {
        finish(tr("There is no ledger to export."), {});
        return false;
    }
    if (days < 1 || days > 366) {
        finish(tr("Choose 1 to 366 days."), {});
        return false;
    }
    const QString dir = folder.startsWith(u"file:") ? QUrl(folder).toLocalFile() : folder.trimmed();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        finish(tr("%1 is not a folder.").arg(dir.isEmpty() ? tr("(no folder given)") : dir), {});
        return false;
    }
    const QDateTime to = m_clock.now().toUTC().addSecs(1); // the window includes this second
    const QDateTime from = to.addDays(-days);
    // The kiosk id is free text in the config: keep the file name to safe characters.
    QString kiosk = m_kioskId;
    kiosk.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    const QString path =
        QDir(dir).filePath(QStringLiteral("passgate-export-%1-%2.pgle")
                               .arg(kiosk, to.toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))));
    auto summary = recorder->exportWindow(from, to, path, m_clock);
    if (!summary) {
        finish(tr("Export failed: %1").arg(summary.error()), {});
        return false;
    }
    finish(
        tr("%n check-in(s) exported, sealed for the owner, to %1", nullptr, int(summary->entries)).arg(path),
        path);
    return true;
}

void ContactExport::finish(const QString &result, const QString &file)
{
    m_result = result;
    m_lastFile = file;
    Q_EMIT changed();
}

void ContactExport::forgetResult()
{
    if (m_result.isEmpty())
        return;
    m_result.clear();
    Q_EMIT changed();
}

} // namespace passgate
