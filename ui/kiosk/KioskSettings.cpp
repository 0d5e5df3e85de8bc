#include "kiosk/KioskSettings.h"

#include "checkin/PhoneNumber.h"
#include "scan/InputKeyboards.h"
#include "station/StaffPin.h"

#include <QCameraDevice>
#include <QLoggingCategory>
#include <QVariantMap>

namespace passgate {

Q_LOGGING_CATEGORY(lcSettings, "passgate.settings")

KioskSettings::KioskSettings(KioskConfig config, QString path, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_path(std::move(path))
    , m_pinIterations(StaffPin::defaultIterations)
    , m_devices(new QMediaDevices(this))
{
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &KioskSettings::camerasChanged);
}

QVariantList KioskSettings::cameras() const
{
    QVariantList list;
    for (const QCameraDevice &device : QMediaDevices::videoInputs())
        list.append(QVariantMap{{QStringLiteral("id"), QString::fromUtf8(device.id())},
                                {QStringLiteral("name"), device.description()}});
    return list;
}

QVariantList KioskSettings::keyboards() const
{
    QVariantList list;
    for (const InputKeyboard &keyboard : InputKeyboards::list())
        list.append(
            QVariantMap{{QStringLiteral("path"), keyboard.path}, {QStringLiteral("name"), keyboard.label}});
    return list;
}

void KioskSettings::setScannerDevice(const QString &path)
{
    KioskConfig next = m_config;
    next.scannerDevice = path.trimmed();
    commit(next);
}

void KioskSettings::setCamera(const QString &id)
{
    KioskConfig next = m_config;
    next.camera = id.trimmed();
    commit(next);
}

QString KioskSettings::checkInPhone() const
{
    const auto number = PhoneNumber::parse(m_config.checkInPhone);
    return number ? number->formatted() : QString();
}

void KioskSettings::commit(const KioskConfig &next)
{
    m_config = next;
    const auto saved = m_config.save(m_path);
    m_saveError = saved ? QString() : saved.error().reason;
    if (!saved)
        qCWarning(lcSettings).noquote() << "settings not saved to" << m_path << "-" << m_saveError;
    Q_EMIT changed();
}

void KioskSettings::setVenueName(const QString &name)
{
    KioskConfig next = m_config;
    next.venueName = name.trimmed();
    commit(next);
}

void KioskSettings::setVenueType(const QString &type)
{
    KioskConfig next = m_config;
    next.venueType = type;
    commit(next);
}

void KioskSettings::setMode(const QString &mode)
{
    const auto parsed = kioskModeFromName(mode);
    if (!parsed || *parsed == m_config.mode)
        return;
    KioskConfig next = m_config;
    next.mode = *parsed;
    // A hospital front desk admits visitors by the hospital rule (negative PCR) unless staff chose otherwise.
    if (next.mode == KioskMode::FrontDesk)
        next.policy = QStringLiteral("hospital-visitor");
    commit(next);
}

void KioskSettings::overrideMode(KioskMode mode)
{
    m_config.mode = mode;
    if (mode == KioskMode::FrontDesk)
        m_config.policy = QStringLiteral("hospital-visitor");
    Q_EMIT changed();
}

void KioskSettings::setPolicy(const QString &policy)
{
    KioskConfig next = m_config;
    next.policy = policy;
    commit(next);
}

void KioskSettings::setSounds(bool on)
{
    KioskConfig next = m_config;
    next.sounds = on;
    commit(next);
}

void KioskSettings::setRetentionDays(int days)
{
    KioskConfig next = m_config;
    next.retentionDays = std::clamp(days, 1, 366);
    commit(next);
}

void KioskSettings::setVerdictSeconds(int seconds)
{
    KioskConfig next = m_config;
    next.verdictSeconds = std::clamp(seconds, 1, 60);
    commit(next);
}

void KioskSettings::setSecondPassSeconds(int seconds)
{
    KioskConfig next = m_config;
    next.secondPassSeconds = std::clamp(seconds, 1, 900);
    commit(next);
}

void KioskSettings::setLanguage(const QString &language)
{
    if (language == m_config.language)
        return;
    KioskConfig next = m_config;
    next.language = language;
    commit(next);
}

QString KioskSettings::phoneProblem(const QString &text) const
{
    const auto number = PhoneNumber::parse(text);
    if (!number) {
        switch (number.error().code) {
        case PhoneNumberError::Empty:
            return tr("Enter a phone number.");
        case PhoneNumberError::BadCharacters:
            return tr("Use digits only (hyphens and spaces are fine).");
        case PhoneNumberError::UnknownPrefix:
            return tr("Not a Korean number: start with 010, 02, 031…, 070, 080 or 15xx.");
        case PhoneNumberError::WrongLength:
            return tr("Too many or too few digits for this kind of number.");
        }
    }
    return {};
}

QString KioskSettings::setCheckInPhone(const QString &text)
{
    if (const QString problem = phoneProblem(text); !problem.isEmpty())
        return problem;
    KioskConfig next = m_config;
    next.checkInPhone = PhoneNumber::parse(text)->digits();
    commit(next);
    return m_saveError;
}

QString KioskSettings::setDepartments(const QString &commaSeparated)
{
    KioskConfig next = m_config;
    next.departments.clear();
    for (const QString &part : commaSeparated.split(u',', Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            next.departments.append(part.trimmed());
    }
    commit(next);
    return m_saveError;
}

QString KioskSettings::pinProblem(const QString &pin, const QString &again) const
{
    const auto acceptable = StaffPin::acceptable(pin);
    if (!acceptable) {
        switch (acceptable.error().code) {
        case StaffPinError::TooShort:
        case StaffPinError::TooLong:
            return tr("The PIN has 4 to 8 digits.");
        case StaffPinError::NotDigits:
            return tr("The PIN is digits only.");
        case StaffPinError::Trivial:
            return tr("Choose a PIN that is harder to guess than 0000 or 1234.");
        case StaffPinError::Crypto:
            return acceptable.error().reason;
        }
    }
    if (pin != again)
        return tr("The two PINs differ.");
    return {};
}

void KioskSettings::allowSetupFromKeyboard()
{
    if (m_setupFromKeyboard)
        return;
    m_setupFromKeyboard = true;
    Q_EMIT changed();
}

QString KioskSettings::completeSetup(const QString &venueName, const QString &venueType, const QString &phone,
                                     const QString &pin, const QString &pinAgain)
{
    const QString problem = setUpVenue(venueName, venueType, phone, pin, pinAgain);
    if (problem.isEmpty())
        qCInfo(lcSettings).noquote() << "venue set up:" << venueType << "settings in" << m_path;
    else
        qCInfo(lcSettings).noquote() << "setup not saved:" << problem;
    return problem;
}

QString KioskSettings::setUpVenue(const QString &venueName, const QString &venueType, const QString &phone,
                                  const QString &pin, const QString &pinAgain)
{
    if (!setupReachable())
        return configured() ? tr("This kiosk is already set up; change it in the staff area.")
                            : tr("A self-scan kiosk is set up from its keyboard (Ctrl+Alt+Shift+S) or with "
                                 "passgate-cli setup.");
    if (venueName.trimmed().isEmpty())
        return tr("Enter the venue's name.");
    if (const QString problem = phoneProblem(phone); !problem.isEmpty())
        return problem;
    if (const QString problem = pinProblem(pin, pinAgain); !problem.isEmpty())
        return problem;
    const auto record = StaffPin::hash(pin, m_pinIterations);
    if (!record)
        return record.error().reason;
    commit(m_config.withVenueSetUp(venueName, venueType, PhoneNumber::parse(phone)->digits(), *record));
    return m_saveError;
}

} // namespace passgate
