#pragma once

#include "formats/Statement.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace passgate {

// What staff read off a paper certificate (or the vaccination sticker on an ID card, or a PCR text
// message), as a form the paper check-in page binds to. The venue's policy decides on the statement
// it makes, exactly as for a QR pass.
class PaperCertificateForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Kind kind MEMBER m_kind NOTIFY changed)
    Q_PROPERTY(QString product MEMBER m_product NOTIFY changed)
    Q_PROPERTY(int doseNumber MEMBER m_doseNumber NOTIFY changed)
    Q_PROPERTY(int seriesTotal MEMBER m_seriesTotal NOTIFY changed)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY changed)
    Q_PROPERTY(bool antigen MEMBER m_antigen NOTIFY changed)
    Q_PROPERTY(bool textMessage MEMBER m_textMessage NOTIFY changed)
    Q_PROPERTY(QString resultTime MEMBER m_resultTime NOTIFY changed)
    Q_PROPERTY(bool negative MEMBER m_negative NOTIFY changed)
    Q_PROPERTY(ExemptionKind exemption MEMBER m_exemption NOTIFY changed)
    Q_PROPERTY(QString holderBirthDate MEMBER m_holderBirthDate NOTIFY changed)
    Q_PROPERTY(bool idChecked MEMBER m_idChecked NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)

public:
    enum class Kind
    {
        VaccinationPaper,
        VaccinationSticker,
        Test,
        Recovery,
        Exemption
    };
    Q_ENUM(Kind)
    enum class ExemptionKind
    {
        Medical,
        Minor,
        Other
    };
    Q_ENUM(ExemptionKind)

    explicit PaperCertificateForm(QObject *parent = nullptr);

    // Empty when the form is complete; otherwise what is missing or wrong, in words for staff.
    QString problem() const;
    // The statement the paper makes; nullopt while problem() is not empty.
    std::optional<Statement> statement() const;
    QString holderBirthDate() const { return m_holderBirthDate; }
    bool idChecked() const { return m_idChecked; }

    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();

private:
    Kind m_kind = Kind::VaccinationPaper;
    QString m_product;
    int m_doseNumber = 2;
    int m_seriesTotal = 2;
    QString m_date;
    bool m_antigen = false;
    bool m_textMessage = false;
    QString m_resultTime;
    bool m_negative = true;
    ExemptionKind m_exemption = ExemptionKind::Medical;
    QString m_holderBirthDate;
    bool m_idChecked = false;
};

} // namespace passgate
