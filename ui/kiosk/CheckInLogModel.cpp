#include "kiosk/CheckInLogModel.h"

#include "kiosk/ReasonText.h"

#include <algorithm>

namespace passgate {

CheckInLogModel::CheckInLogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int CheckInLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString CheckInLogModel::modeText(CheckInMode mode)
{
    switch (mode) {
    case CheckInMode::Qr:
        return tr("QR");
    case CheckInMode::Phone:
        return tr("Phone");
    case CheckInMode::Paper:
        return tr("Paper");
    case CheckInMode::Override:
        return tr("Override");
    case CheckInMode::SafetyNumber:
        return tr("Safety number");
    case CheckInMode::Attested:
        return tr("Seen by staff");
    }
    return passgate::modeCode(mode);
}

QString CheckInLogModel::categoryText(const QString &category)
{
    // The front desk's categories (FrontDeskPanel); anything else is a venue's own word.
    if (category == u"patient")
        return tr("Patient");
    if (category == u"guardian")
        return tr("Guardian");
    if (category == u"visitor")
        return tr("Visitor");
    if (category == u"staff")
        return tr("Staff");
    if (category == u"delivery")
        return tr("Delivery");
    return category;
}

QVariant CheckInLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ReasonTextRole:
        return entry.reasons.isEmpty() ? QString() : ReasonText::sentence(entry.reasons.constFirst());
    case TimeRole:
        return entry.at.toTimeZone(m_zone).toString(QStringLiteral("HH:mm"));
    case ModeRole:
        return passgate::modeCode(entry.mode);
    case VerdictRole:
        return passgate::verdictCode(entry.verdict);
    case ReasonCodesRole: {
        QStringList codes;
        for (const Reason &reason : entry.reasons)
            codes.append(reason.code);
        return codes;
    }
    case CategoryRole:
        return entry.category;
    case DepartmentRole:
        return entry.department;
    case ModeTextRole:
        return modeText(entry.mode);
    case CategoryTextRole:
        return categoryText(entry.category);
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckInLogModel::roleNames() const
{
    return {
        {TimeRole, "time"},
        {ModeRole, "mode"},
        {VerdictRole, "verdict"},
        {ReasonCodesRole, "reasonCodes"},
        {ReasonTextRole, "reasonText"},
        {CategoryRole, "category"},
        {DepartmentRole, "department"},
        {ModeTextRole, "modeText"},
        {CategoryTextRole, "categoryText"},
    };
}

void CheckInLogModel::setEntries(QList<Entry> entries)
{
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.at > b.at; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    Q_EMIT countsChanged();
}

void CheckInLogModel::prepend(const Entry &entry)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    Q_EMIT countsChanged();
}

QVariantMap CheckInLogModel::get(int row) const
{
    QVariantMap values;
    if (row < 0 || row >= rowCount())
        return values;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        values.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return values;
}

int CheckInLogModel::countOf(Verdict verdict) const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [verdict](const Entry &entry) { return entry.verdict == verdict; }));
}

QVariantList CheckInLogModel::perHour() const
{
    QList<int> hours(24, 0);
    for (const Entry &entry : m_entries)
        ++hours[entry.at.toTimeZone(m_zone).time().hour()];
    QVariantList result;
    for (const int count : hours)
        result.append(count);
    return result;
}

int CheckInLogModel::busiestHourCount() const
{
    int busiest = 0;
    for (const QVariant &count : perHour())
        busiest = std::max(busiest, count.toInt());
    return busiest;
}

} // namespace passgate
