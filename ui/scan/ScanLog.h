#pragma once

#include <QLoggingCategory>

// Everything the scanning pipeline logs: per-frame timings at debug, payloads and source states at info.
// Enable with QT_LOGGING_RULES="passgate.scan.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcScan)
