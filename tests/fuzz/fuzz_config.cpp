#include "FuzzTarget.h"

#include "replication/SyncSettings.h"
#include "station/KioskConfig.h"

#include <cstdlib>

// The kiosk's settings file (config.json) as the kiosk and `config check` read it: any bytes are
// read into a config and its problems. What passgate writes back must read again without a problem,
// or a kiosk that saves its settings would refuse them at the next start. The sync settings of any
// config go through the check sync makes (without its password file: the fuzzer names paths).

using namespace passgate;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto reading = KioskConfig::read(bytes);
    if (!reading)
        return 0;
    for (const QString &key : reading->wrongKeys)
        if (reading->problemWith(key).isEmpty())
            std::abort(); // a wrong key without its line
    const auto again = KioskConfig::read(reading->config.toJson());
    if (!again || !again->problems.isEmpty())
        std::abort();
    SyncSettings sync = SyncSettings::fromConfig(reading->config);
    sync.passwordFile.clear();
    if (sync.enabled())
        (void)sync.validate();
    return 0;
}

QList<QByteArray> fuzzSeeds()
{
    return {
        R"({"version": 1, "kioskId": "door-1", "venueName": "카페", "venueType": "cafe", "mode": "kiosk",
            "policy": "kr-2021-12-13", "retentionDays": 28, "verdictSeconds": 5, "language": "ko",
            "timeZone": "Asia/Seoul", "departments": ["ward 5"], "trustPublisherKeys": ["-----BEGIN PUBLIC KEY-----"],
            "syncServer": "host=127.0.0.1 port=5432 dbname=passgate user=k", "sounds": true})",
        R"({"retentionDays":"14","verdictSeconds":"abc","mode":5,"sounds":"no","policy":"no-such-policy"})",
        R"({"syncServer": "postgresql://k:secret@db.passgate.invalid:70000/passgate", "syncServerPin": "ab:cd"})",
        R"({"trustPublisherKeys": "x", "timeZone": "Seoul", "retentionDay": 14, "version": 1000})",
        R"([1, 2, 3])",
        R"({"secondPassSeconds": 1e300, "trustWarnHours": -1, "language": "fr", "camera": null})",
    };
}
