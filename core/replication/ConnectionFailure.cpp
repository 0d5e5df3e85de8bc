#include "replication/ConnectionFailure.h"

#include <QRegularExpression>

namespace passgate {

QString sqlStateIn(const QString &message)
{
    // "FATAL:  28P01: password ..." or "치명적오류:  28P01: 비밀번호 ..." after libpq's own prefix
    // ("connection to server at ... failed: "): libpq puts two spaces after the severity, then the
    // five digits or capitals of the code and a colon.
    static const QRegularExpression state(QStringLiteral(R"(:  ([0-9A-Z]{5}): )"));
    const QRegularExpressionMatch match = state.match(message);
    return match.hasMatch() ? match.captured(1) : QString();
}

SyncError ConnectionFailure::classify() const
{
    const QString state = sqlStateIn(message);
    // Verbose verbosity adds where in the server's source the error arose: not for staff.
    QStringList lines = message.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("LOCATION:")); });
    const QString shown = lines.join(QLatin1Char('\n')).trimmed();
    if (state.startsWith(QLatin1String("28")) || state == QLatin1String("42501"))
        // invalid_authorization_specification (no pg_hba.conf entry, no such role), invalid_password,
        // insufficient_privilege (no CONNECT on the database): the owner or staff must act.
        return {SyncCode::AuthFailed, QStringLiteral("%1 refused the kiosk: %2").arg(server, shown)};
    if (state == QLatin1String("3D000"))
        return {SyncCode::BadSettings,
                QStringLiteral("%1: the database named in syncServer does not exist: %2").arg(server, shown)};
    if (!state.isEmpty() && !state.startsWith(QLatin1String("08")) &&
        !state.startsWith(QLatin1String("53")) && !state.startsWith(QLatin1String("57")))
        // Anything else the server answered is its error; connection exceptions (08), no resources
        // (53: too many connections) and an operator stop or start (57) pass by themselves.
        return {SyncCode::ServerError, QStringLiteral("%1: %2").arg(server, shown)};
    if (state.isEmpty()) {
        if (needsPassword)
            return {SyncCode::AuthFailed,
                    QStringLiteral("%1 asks for a password and the kiosk has none: set syncPasswordFile")
                        .arg(server)};
        // libpq's own words, in the C locale: a certificate that does not verify or name the host.
        if (shown.contains(QLatin1String("certificate")) || shown.contains(QLatin1String("SSL")))
            return {SyncCode::TlsMismatch, QStringLiteral("%1: %2").arg(server, shown)};
        if (shown.contains(QLatin1String("channel binding")))
            return {SyncCode::AuthFailed, QStringLiteral("%1 refused the kiosk: %2").arg(server, shown)};
    }
    return {SyncCode::Unreachable, QStringLiteral("cannot reach %1: %2").arg(server, shown)};
}

} // namespace passgate
