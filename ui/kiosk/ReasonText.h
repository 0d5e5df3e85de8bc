#pragma once

#include "checkin/Decision.h"
#include "formats/DecodedPass.h"
#include "formats/Statement.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace passgate {

// Turns the stable codes of decisions and statements into the plain, translated words shown to
// visitors and staff ("expired on 2022-06-30"). Unknown codes show as the code itself, so a new
// reason from a rule set is never hidden.
class ReasonText
{
    Q_DECLARE_TR_FUNCTIONS(ReasonText)

public:
    static QString sentence(const Reason &reason);
    // The words written for this code, nullopt where sentence() falls back to the code itself (or,
    // for a ledger code, to a general line): tests hold every code core produces to having its own.
    static std::optional<QString> ownWords(const Reason &reason);
    // The sentence, followed by the reason's own detail (a path, a pid, SQLite's words) in brackets
    // when the sentence does not already carry it: for staff who must fix the cause.
    static QString sentenceWithDetail(const Reason &reason);
    static QString statement(const Statement &statement);
    // The pass format's name as visitors know it ("SMART Health Card").
    static QString passFormat(PassFormat format);
    static QString verdictHeadline(Verdict verdict);
};

// 홍길동 -> 홍*동, 김철 -> 김*, HONG Gildong -> H**G G****g: enough for the visitor to recognise
// their own pass at a self-scan kiosk, not enough for the queue behind to read their name.
QString maskedName(const QString &name);

} // namespace passgate
