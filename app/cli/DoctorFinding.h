#pragma once

#include <QList>
#include <QString>

namespace passgate::cli {

// One line of `passgate-cli doctor`: what was looked at, what was found, and for anything short of
// fine, the command or step that fixes it.
struct DoctorFinding
{
    enum class Severity
    {
        Ok,
        Note,    // worth knowing, the kiosk works (demo trust list, no NTP)
        Problem, // something a visitor or staff will meet: doctor exits non-zero
    };

    Severity severity = Severity::Ok;
    QString topic; // "data dir", "trust list", ...
    QString text;
    QString fix;

    static DoctorFinding ok(const QString &topic, const QString &text)
    {
        return {Severity::Ok, topic, text, {}};
    }
    static DoctorFinding note(const QString &topic, const QString &text, const QString &fix = {})
    {
        return {Severity::Note, topic, text, fix};
    }
    static DoctorFinding problem(const QString &topic, const QString &text, const QString &fix)
    {
        return {Severity::Problem, topic, text, fix};
    }
};

using DoctorFindings = QList<DoctorFinding>;

} // namespace passgate::cli
