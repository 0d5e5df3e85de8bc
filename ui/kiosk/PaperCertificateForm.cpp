#include "kiosk/PaperCertificateForm.h"

#include <QDateTime>

namespace passgate {

namespace {

QDate parseDate(const QString &text)
{
    return QDate::fromString(text.trimmed(), Qt::ISODate);
}

// Staff type the time printed on the paper or the text message, in the kiosk's local time.
QDateTime parseLocalTime(const QString &text)
{
    QDateTime local = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!local.isValid())
        local = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    return local.isValid() ? local.toUTC() : QDateTime();
}

} // namespace

PaperCertificateForm::PaperCertificateForm(QObject *parent)
    : QObject(parent)
{}

void PaperCertificateForm::reset()
{
    m_kind = Kind::VaccinationPaper;
    m_product.clear();
    m_doseNumber = 2;
    m_seriesTotal = 2;
    m_date.clear();
    m_antigen = false;
    m_textMessage = false;
    m_resultTime.clear();
    m_negative = true;
    m_exemption = ExemptionKind::Medical;
    m_holderBirthDate.clear();
    m_idChecked = false;
    Q_EMIT changed();
}

QString PaperCertificateForm::problem() const
{
    switch (m_kind) {
    case Kind::VaccinationPaper:
    case Kind::VaccinationSticker:
        if (m_product.isEmpty())
            return tr("Choose the vaccine.");
        if (m_doseNumber < 1 || m_seriesTotal < 1 || m_doseNumber > 9 || m_seriesTotal > 9)
            return tr("Enter the dose as n of m.");
        if (!parseDate(m_date).isValid())
            return tr("Enter the date of the last dose as YYYY-MM-DD.");
        break;
    case Kind::Test:
        if (!parseLocalTime(m_resultTime).isValid())
            return tr("Enter the result time as YYYY-MM-DD HH:MM.");
        break;
    case Kind::Recovery:
        if (!parseDate(m_date).isValid())
            return tr("Enter the release date as YYYY-MM-DD.");
        break;
    case Kind::Exemption:
        if (m_exemption == ExemptionKind::Minor && m_holderBirthDate.trimmed().isEmpty())
            return tr("Enter the birth date for an age exemption.");
        break;
    }
    if (!m_idChecked)
        return tr("Confirm that the ID matches the certificate.");
    return {};
}

std::optional<Statement> PaperCertificateForm::statement() const
{
    if (!problem().isEmpty())
        return std::nullopt;
    switch (m_kind) {
    case Kind::VaccinationPaper:
    case Kind::VaccinationSticker: {
        Vaccination v;
        v.disease = QStringLiteral("840539006");
        v.product = m_product;
        v.doseNumber = m_doseNumber;
        v.seriesTotal = m_seriesTotal;
        v.date = parseDate(m_date);
        v.country = QStringLiteral("KR");
        return v;
    }
    case Kind::Test: {
        TestResult t;
        t.disease = QStringLiteral("840539006");
        t.testType = m_antigen ? QStringLiteral("LP217198-3") : QStringLiteral("LP6464-4");
        t.sampleTime = parseLocalTime(m_resultTime);
        t.result = m_negative ? QStringLiteral("260415000") : QStringLiteral("260373001");
        t.country = QStringLiteral("KR");
        return t;
    }
    case Kind::Recovery: {
        // A Korean release-from-isolation paper states one date; it is where recovery starts counting.
        Recovery r;
        r.disease = QStringLiteral("840539006");
        r.firstPositive = parseDate(m_date);
        r.validFrom = parseDate(m_date);
        r.country = QStringLiteral("KR");
        return r;
    }
    case Kind::Exemption: {
        Exemption e;
        e.kind = m_exemption == ExemptionKind::Medical ? Exemption::Kind::Medical
                 : m_exemption == ExemptionKind::Minor ? Exemption::Kind::Minor
                                                       : Exemption::Kind::Other;
        return e;
    }
    }
    return std::nullopt;
}

} // namespace passgate
