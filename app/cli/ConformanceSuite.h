#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace passgate::cli {

// What every conformance suite reports: one line per mismatch as it is found, then the closing
// "N passed, M failed". The suite passes when nothing failed and something ran.
class ConformanceTally
{
public:
    explicit ConformanceTally(QTextStream &out)
        : m_out(out)
    {}
    void pass() { ++m_passed; }
    void mismatch(const QString &line)
    {
        ++m_failed;
        m_out << line << '\n';
    }
    int finish()
    {
        m_out << m_passed << " passed, " << m_failed << " failed\n";
        m_out.flush();
        return m_failed == 0 && m_passed > 0 ? 0 : 1;
    }

private:
    QTextStream &m_out;
    int m_passed = 0;
    int m_failed = 0;
};

// A JSON value on one line, for mismatch reports.
inline QString compactJson(const QJsonValue &value)
{
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document =
            value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    // Wrapping a scalar in an array is the one way QJsonDocument prints it.
    const QString wrapped =
        QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return wrapped.mid(1, wrapped.size() - 2);
}

// What the user asked of a suite beyond the folder (options a suite does not know it ignores).
struct ConformanceOptions
{
    bool byKey = false;  // --by-key: a table of how each EXPECTED* key fares (dcc)
    QString divergences; // --divergences FILE: the known divergences (dcc; default: the built-in list)
};

// A suite runs every case found under dir and returns the process exit code.
using ConformanceSuite = int (*)(const QString &dir, const ConformanceOptions &options, QTextStream &out);

int certLogicSpecSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out);
int certLogicRulesSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out);
int dccConformanceSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out);
int shcConformanceSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out);
int nzcpConformanceSuite(const QString &dir, const ConformanceOptions &options, QTextStream &out);

} // namespace passgate::cli
