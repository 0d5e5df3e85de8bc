#include "scan/EvdevRecording.h"

#include <QList>

namespace passgate::EvdevRecording {

Result<QList<EvdevEvent>, QString> parse(const QByteArray &text)
{
    QList<EvdevEvent> events;
    int lineNumber = 0;
    for (const QByteArray &rawLine : text.split('\n')) {
        ++lineNumber;
        QByteArray line = rawLine.trimmed();
        if (!line.startsWith("E:"))
            continue;
        if (const qsizetype comment = line.indexOf('#'); comment >= 0)
            line.truncate(comment);
        const QList<QByteArray> fields = line.mid(2).simplified().split(' ');
        const auto bad = [&](const char *what) {
            return fail(QStringLiteral("line %1: %2").arg(lineNumber).arg(QString::fromLatin1(what)));
        };
        if (fields.size() != 4)
            return bad("expected 'E: <sec>.<usec> <type> <code> <value>'");
        const QList<QByteArray> time = fields.at(0).split('.');
        bool secondsOk = false;
        bool microsOk = false;
        bool typeOk = false;
        bool codeOk = false;
        bool valueOk = false;
        const qint64 seconds = time.value(0).toLongLong(&secondsOk);
        const qint64 micros = time.size() == 2 ? time.at(1).toLongLong(&microsOk) : 0;
        const uint type = fields.at(1).toUInt(&typeOk, 16);
        const uint code = fields.at(2).toUInt(&codeOk, 16);
        const int value = fields.at(3).toInt(&valueOk);
        if (!secondsOk || !microsOk || time.at(1).size() != 6 || seconds < 0 || micros < 0)
            return bad("the time is not <seconds>.<six digits>");
        if (!typeOk || !codeOk || type > 0xffff || code > 0xffff || !valueOk)
            return bad("type and code are hex numbers up to ffff, the value a decimal number");
        events.append(EvdevEvent{std::chrono::seconds(seconds) + std::chrono::microseconds(micros),
                                 std::uint16_t(type), std::uint16_t(code), value});
    }
    return events;
}

QByteArray write(const QList<EvdevEvent> &events)
{
    QByteArray out = "# EVEMU 1.3\n";
    for (const EvdevEvent &event : events) {
        const auto micros = event.time.count();
        out += QStringLiteral("E: %1.%2 %3 %4 %5\n")
                   .arg(micros / 1000000)
                   .arg(micros % 1000000, 6, 10, QLatin1Char('0'))
                   .arg(event.type, 4, 16, QLatin1Char('0'))
                   .arg(event.code, 4, 16, QLatin1Char('0'))
                   .arg(event.value < 0 ? QString::number(event.value)
                                        : QStringLiteral("%1").arg(event.value, 4, 10, QLatin1Char('0')))
                   .toLatin1();
    }
    return out;
}

} // namespace passgate::EvdevRecording
