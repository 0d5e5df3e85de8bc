#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace passgate {

// Reads the keys of a JSON settings object by type, and collects one line per key that is there with
// a wrong type or a value outside what is allowed: the key, the value as written, what is allowed.
// A key that is absent keeps the caller's default; a key that is wrong does too, and is reported.
class ConfigFields
{
public:
    explicit ConfigFields(QJsonObject object);

    void text(const QString &key, QString *into);
    void choice(const QString &key, const QStringList &allowed, QString *into); // "" allowed if listed
    void whole(const QString &key, int min, int max, int *into);
    void flag(const QString &key, bool *into);
    void textList(const QString &key, QStringList *into);
    void report(const QString &key, const QString &whatIsAllowed); // a check the caller makes itself

    // Keys in the object that are none of KNOWN (a typo would otherwise be ignored in silence).
    void rejectUnknownKeys(const QStringList &known);
    const QStringList &problems() const { return m_problems; }
    // The keys that have a line in problems(): their values were not taken.
    const QStringList &wrongKeys() const { return m_wrongKeys; }
    // The value as written in the file, for messages: "14" with its quotes, 5, true, [1,2].
    QString written(const QString &key) const;

private:
    void addProblem(const QString &key, const QString &line);

    QJsonObject m_object;
    QStringList m_problems;
    QStringList m_wrongKeys;
};

} // namespace passgate
