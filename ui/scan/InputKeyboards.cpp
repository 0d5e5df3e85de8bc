#include "scan/InputKeyboards.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <linux/input-event-codes.h>

namespace passgate::InputKeyboards {

namespace {

QString sysName(const QString &sysRoot, const QString &eventNode)
{
    QFile file(sysRoot + u'/' + eventNode + QStringLiteral("/device/name"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// The key bitmap in sysfs is hex words, most significant first, of the kernel's long (64 bits here).
bool hasLetterKeys(const QString &sysRoot, const QString &eventNode)
{
    QFile file(sysRoot + u'/' + eventNode + QStringLiteral("/device/capabilities/key"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> words = file.readAll().simplified().split(' ');
    if (words.isEmpty())
        return false;
    bool ok = false;
    const quint64 lowest = words.last().toULongLong(&ok, 16);
    return ok && (lowest & (quint64(1) << KEY_A)) && (lowest & (quint64(1) << KEY_ENTER));
}

} // namespace

QList<InputKeyboard> list(const QString &devRoot, const QString &sysRoot)
{
    QList<InputKeyboard> keyboards;
    const QDir byId(devRoot + QStringLiteral("/by-id"));
    for (const QFileInfo &link :
         byId.entryInfoList({QStringLiteral("*-event-kbd")}, QDir::System | QDir::Files, QDir::Name)) {
        const QString node = QFileInfo(link.symLinkTarget()).fileName();
        QString label = sysName(sysRoot, node);
        if (label.isEmpty()) { // "usb-Vendor_Model_123-event-kbd"
            label = link.fileName().chopped(int(qstrlen("-event-kbd"))).replace(u'_', u' ');
            if (label.startsWith(u"usb-"))
                label.remove(0, 4);
        }
        keyboards.append({link.absoluteFilePath(), label});
    }
    if (!keyboards.isEmpty())
        return keyboards;
    const QDir nodes(devRoot);
    for (const QString &node :
         nodes.entryList({QStringLiteral("event*")}, QDir::System | QDir::Files, QDir::Name)) {
        if (hasLetterKeys(sysRoot, node))
            keyboards.append({nodes.filePath(node), sysName(sysRoot, node)});
    }
    return keyboards;
}

} // namespace passgate::InputKeyboards
