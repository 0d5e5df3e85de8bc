#pragma once

#include "checkin/CheckInMode.h"
#include "checkin/Decision.h"
#include "station/LoggedCheckIn.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QTimeZone>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace passgate {

// Today's check-ins for the staff view, newest first, with per-verdict counts and per-hour counts
// (local time) for the bar chart. Filled from the ledger at start and at midnight; each check-in
// after that is added from its outcome.
class CheckInLogModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Filled by the kiosk from its ledger")
    Q_PROPERTY(int count READ count NOTIFY countsChanged)
    Q_PROPERTY(int admitted READ admitted NOTIFY countsChanged)
    Q_PROPERTY(int denied READ denied NOTIFY countsChanged)
    Q_PROPERTY(int staffChecks READ staffChecks NOTIFY countsChanged)
    Q_PROPERTY(QVariantList perHour READ perHour NOTIFY countsChanged)
    Q_PROPERTY(int busiestHourCount READ busiestHourCount NOTIFY countsChanged)

public:
    enum Role
    {
        TimeRole = Qt::UserRole + 1, // "HH:mm", local time
        ModeRole,                    // "qr", "phone", "paper", "override"
        VerdictRole,                 // "admit", "deny", "staff-check"
        ReasonCodesRole,             // QStringList of reason codes
        ReasonTextRole,              // the first reason, in words
        CategoryRole,
        DepartmentRole,
        ModeTextRole,     // the mode in the kiosk's language ("전화", "Phone")
        CategoryTextRole, // the visitor category in the kiosk's language (a venue's own code as is)
    };
    Q_ENUM(Role)

    using Entry = LoggedCheckIn;

    explicit CheckInLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Everything of the day, any order; replaces what was shown.
    void setEntries(QList<Entry> entries);
    // Where times and hours are counted: the venue's zone (default: the system's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }
    void prepend(const Entry &entry);

    // The words staff read for a mode and a visitor category, in the current language.
    static QString modeText(CheckInMode mode);
    static QString categoryText(const QString &category);

    // The row's roles by name, for QML tests and delegates outside a view.
    Q_INVOKABLE QVariantMap get(int row) const;

    int count() const { return int(m_entries.size()); }
    int admitted() const { return countOf(Verdict::Admit); }
    int denied() const { return countOf(Verdict::Deny); }
    int staffChecks() const { return countOf(Verdict::StaffCheck); }
    QVariantList perHour() const;
    int busiestHourCount() const;

Q_SIGNALS:
    void countsChanged();

private:
    int countOf(Verdict verdict) const;
    QList<Entry> m_entries;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace passgate
