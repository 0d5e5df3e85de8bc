#include "formats/dcc/HcertSemantics_p.h"

#include "common/IsoDateTime.h"

#include <QJsonArray>

#include <functional>
#include <optional>

namespace passgate::dcc {

namespace {

// The last calendar day `at` is still on somewhere on Earth (UTC+14, Line Islands).
QDate latestDayOf(const QDateTime &at)
{
    constexpr qint64 secondsPerDay = 86400;
    const qint64 seconds = at.toSecsSinceEpoch() + 14 * 3600;
    // Floor division: a time before 1970 still lands on its own day.
    const qint64 days = seconds / secondsPerDay - (seconds % secondsPerDay < 0 ? 1 : 0);
    return QDate(1970, 1, 1).addDays(days);
}

QString day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

// "2021-03-18", or a date written with a time ("2021-03-18T22:54:00+02:00"): the day it names.
std::optional<QDate> writtenDay(const QString &text)
{
    if (text.size() < 10 || (text.size() > 10 && text[10] != u'T' && text[10] != u't' && text[10] != u' '))
        return std::nullopt;
    return parseIsoDate(QStringView(text).first(10));
}

class Checker
{
public:
    explicit Checker(const QDateTime &issuedAt)
        : m_issuedAt(issuedAt)
        , m_issuedDay(latestDayOf(issuedAt))
    {}

    QList<PassDataProblem> problems;

    // Empty is the schema's "unknown"; a time after the date ("1978-01-26T00:00:00", as some 1.0.x
    // issuers wrote it) is ignored.
    void birth(const QJsonObject &dcc)
    {
        const QString dob = dcc.value(QLatin1String("dob")).toString();
        if (dob.isEmpty())
            return;
        QStringView date(dob);
        if (const qsizetype time = date.indexOf(u'T'); time >= 0)
            date = date.first(time);
        const std::optional<IsoReducedDate> born = parseIsoReducedDate(date);
        if (!born)
            add(dataproblem::unreadableDate, QStringLiteral("dob"),
                QStringLiteral("'%1' is not a birth date (YYYY, YYYY-MM or YYYY-MM-DD)").arg(dob.left(40)));
        else if (born->earliestDay() > m_issuedDay)
            add(dataproblem::birthAfterIssue, QStringLiteral("dob"),
                QStringLiteral("born %1, after the pass was issued (%2)").arg(dob, issuedText()));
    }

    // `path` ("v[0].") is made only for a finding.
    using Path = std::function<QString()>;

    void vaccination(const QJsonObject &entry, const Path &path)
    {
        if (const std::optional<QDate> given = readDay(entry, "dt", path); given && *given > m_issuedDay)
            add(dataproblem::vaccinationAfterIssue, path() + QStringLiteral("dt"),
                QStringLiteral("vaccinated %1, after the pass was issued (%2)")
                    .arg(day(*given), issuedText()));
    }

    void test(const QJsonObject &entry, const Path &path)
    {
        if (const std::optional<QDate> sampled = readDay(entry, "sc", path, Precision::Time);
            sampled && *sampled > m_issuedDay)
            add(dataproblem::testAfterIssue, path() + QStringLiteral("sc"),
                QStringLiteral("sample taken %1, after the pass was issued (%2)")
                    .arg(day(*sampled), issuedText()));
    }

    void recovery(const QJsonObject &entry, const Path &path)
    {
        if (const std::optional<QDate> positive = readDay(entry, "fr", path);
            positive && *positive > m_issuedDay)
            add(dataproblem::recoveryAfterIssue, path() + QStringLiteral("fr"),
                QStringLiteral("first positive test %1, after the pass was issued (%2)")
                    .arg(day(*positive), issuedText()));
        // Read so that an unreadable one is found; a "valid until" before "valid from" is left to the
        // policy, which refuses it on every day (see the header).
        readDay(entry, "df", path);
        readDay(entry, "du", path);
    }

private:
    // Test sample times count in hours, so they must carry a readable time too.
    enum class Precision
    {
        Day,
        Time
    };

    // A date member the policies count from; absent or not a string is the schema's finding.
    std::optional<QDate> readDay(const QJsonObject &entry, const char *key, const Path &path,
                                 Precision precision = Precision::Day)
    {
        const QJsonValue value = entry.value(QLatin1String(key));
        if (!value.isString())
            return std::nullopt;
        std::optional<QDate> read = writtenDay(value.toString());
        if (read && precision == Precision::Time && !parseIsoDateTime(value.toString()))
            read.reset();
        if (!read)
            add(dataproblem::unreadableDate, path() + QLatin1String(key),
                QStringLiteral("'%1' is not a date").arg(value.toString().left(40)));
        return read;
    }

    void add(const QString &code, const QString &field, const QString &detail)
    {
        problems.append({code, field, detail});
    }

    // Words are made only for a finding: a sound pass costs no formatting.
    QString issuedText() const { return formatIsoDateTime(m_issuedAt); }

    QDateTime m_issuedAt;
    QDate m_issuedDay;
};

} // namespace

QList<PassDataProblem> checkHcertSemantics(const QJsonObject &dcc, const QDateTime &issuedAt)
{
    Checker checker(issuedAt);
    checker.birth(dcc);
    for (const char *group : {"v", "t", "r"}) {
        const QJsonArray entries = dcc.value(QLatin1String(group)).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const QJsonObject entry = entries.at(i).toObject();
            const auto path = [group, i] {
                return QStringLiteral("%1[%2].").arg(QLatin1String(group)).arg(i);
            };
            if (*group == 'v')
                checker.vaccination(entry, path);
            else if (*group == 't')
                checker.test(entry, path);
            else
                checker.recovery(entry, path);
        }
    }
    return checker.problems;
}

} // namespace passgate::dcc
