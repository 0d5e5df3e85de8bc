#include "replication/SyncSettings.h"

#include "common/BoundedRead.h"
#include "common/OwnerOnly.h"
#include "station/KioskConfig.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <libpq-fe.h>

namespace passgate {

namespace {

// The hosts a connection string names (host= may list several, comma-separated); empty = libpq's
// default, the local socket.
QStringList hostsOf(const QString &server, QString *problem)
{
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(server.toUtf8().constData(), &error);
    if (!options) {
        *problem = error ? QString::fromUtf8(error).trimmed() : QStringLiteral("cannot be parsed");
        PQfreemem(error);
        return {};
    }
    QStringList hosts;
    for (PQconninfoOption *option = options; option->keyword; ++option) {
        const QString keyword = QString::fromLatin1(option->keyword);
        if ((keyword == QLatin1String("host") || keyword == QLatin1String("hostaddr")) && option->val)
            hosts += QString::fromUtf8(option->val).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (keyword == QLatin1String("port") && option->val) {
            // libpq takes any text here and fails only when it connects ("invalid integer value"),
            // which would read as a server that cannot be reached.
            for (const QString &port : QString::fromUtf8(option->val).split(QLatin1Char(','))) {
                bool number = false;
                const int value = port.trimmed().toInt(&number);
                if (!port.trimmed().isEmpty() && (!number || value < 1 || value > 65535))
                    *problem =
                        QStringLiteral("names port \"%1\": a port is a number from 1 to 65535").arg(port);
            }
        }
        if (keyword == QLatin1String("password") && option->val)
            *problem = QStringLiteral("holds a password: put it in the password file instead, which only the "
                                      "kiosk's user can read");
    }
    PQconninfoFree(options);
    return hosts;
}

bool isThisMachine(const QString &host)
{
    return host.startsWith(QLatin1Char('/')) || host == QLatin1String("localhost") ||
           host.startsWith(QLatin1String("127.")) || host == QLatin1String("::1");
}

} // namespace

SyncSettings SyncSettings::fromConfig(const KioskConfig &config)
{
    SyncSettings settings;
    settings.server = config.syncServer;
    settings.kioskId = config.kioskId;
    settings.passwordFile = config.syncPasswordFile;
    settings.caFile = config.syncServerCa;
    settings.serverPin = config.syncServerPin;
    return settings;
}

QByteArray SyncSettings::pinBytes() const
{
    QString hex = serverPin.trimmed().toLower();
    if (hex.startsWith(QLatin1String("sha256:")))
        hex = hex.mid(7);
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(hex).hasMatch() ? QByteArray::fromHex(hex.toLatin1()) : QByteArray();
}

SyncResult<QString> SyncSettings::validate() const
{
    if (!enabled())
        return fail(SyncCode::BadSettings, QStringLiteral("no sync server is set"));
    if (kioskId.isEmpty())
        return fail(SyncCode::BadSettings, QStringLiteral("the kiosk has no id yet"));
    QString problem;
    const QStringList hosts = hostsOf(server, &problem);
    if (!problem.isEmpty())
        return fail(SyncCode::BadSettings, QStringLiteral("the sync server setting %1").arg(problem));
    if (!serverPin.isEmpty() && pinBytes().isEmpty())
        return fail(
            SyncCode::BadSettings,
            QStringLiteral("syncServerPin must be the SHA-256 of the server's certificate (64 hex digits), "
                           "as `openssl x509 -noout -fingerprint -sha256 -in server.crt` prints it"));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return fail(SyncCode::BadSettings, QStringLiteral("the CA file %1 cannot be read").arg(caFile));
    const bool anchored = !caFile.isEmpty() || !serverPin.isEmpty();
    if (!anchored) {
        for (const QString &host : hosts)
            if (!isThisMachine(host))
                return fail(SyncCode::BadSettings,
                            QStringLiteral("%1 is another machine: set syncServerCa (the CA that signed its "
                                           "certificate) or syncServerPin (its certificate's SHA-256), so "
                                           "entries never go to an impostor")
                                .arg(host));
    }
    if (passwordFile.isEmpty())
        return QString();
    if (!QFileInfo::exists(passwordFile))
        return fail(SyncCode::CredentialsUnsafe,
                    QStringLiteral("the password file %1 is missing").arg(passwordFile));
    if (openToOthers(passwordFile))
        return fail(SyncCode::CredentialsUnsafe,
                    QStringLiteral("the password file %1 can be read by other users: chmod 600 it")
                        .arg(passwordFile));
    const Result<QByteArray, QString> bytes = readFileBounded(passwordFile, 4096);
    if (!bytes)
        return fail(SyncCode::CredentialsUnsafe, bytes.error());
    const QString password = QString::fromUtf8(*bytes).trimmed();
    if (password.isEmpty())
        return fail(SyncCode::CredentialsUnsafe,
                    QStringLiteral("the password file %1 is empty").arg(passwordFile));
    return password;
}

} // namespace passgate
