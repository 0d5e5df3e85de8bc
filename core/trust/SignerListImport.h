#pragma once

#include "trust/BundleBuilder.h"
#include "trust/BundleSource.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace passgate {

// Why a published signer list was refused as a whole. A bad *entry* is never one of these: it is
// skipped and counted (SkippedSigner), so one broken certificate cannot cost a venue the other 800.
enum class SignerListErrorCode
{
    Malformed,      // not the list format at all
    BadSignature,   // the list's signature does not verify with the given key or anchor
    WrongAnchor,    // the list names a signing certificate other than the anchor given
    OutsideValidity // the list (or its anchor) is not valid at the time it is checked against
};
using SignerListError = Error<SignerListErrorCode>;

struct SkippedSigner
{
    QString country;
    QString kid; // as listed (base64)
    QString reason;
};

// What one list gave: signers ready for a bundle, what was left out and why, and the provenance.
struct SignerListImport
{
    BundleSource source;
    QList<BundleContents::Signer> signers;
    QList<SkippedSigner> skipped;
};

// One entry of a published list, as the list states it.
struct ListedSigner
{
    QString country; // the list's country for the entry
    QString kid;     // base64, as listed
    QByteArray certificateDer;
    QByteArray sha256;     // the listed thumbprint (32 bytes); empty when the list states none
    QStringList usageOids; // extended key usage the list states for the kid; empty: none stated
};

// The checks every list format shares: the certificate parses and has a key that can sign passes, the
// listed kid is the DCC kid of its DER, the thumbprint (if listed) is its SHA-256, and its subject
// names the listed country. A signer ready for the bundle, or the reason the entry is skipped.
Result<BundleContents::Signer, QString> checkListedSigner(const ListedSigner &listed);

// Adds the outcome of one entry to `import` (taken or skipped, counted in its source).
void takeListedSigner(SignerListImport &import, const ListedSigner &listed);

// The signers of a bundle being built from several sources, each certificate once. The EU lists
// overlap (a national backend's copy holds the same certificates as another country's), and one may
// state usage the other does not: a restriction either list states holds.
class BundleSignerSet
{
public:
    // Adds `signer`, or merges it into the same certificate added before (only what both allow, where
    // both restrict). An error when the two allow nothing in common: the signer is then left out.
    Result<void, QString> add(const BundleContents::Signer &signer);
    QList<BundleContents::Signer> signers() const;

private:
    QList<std::optional<BundleContents::Signer>> m_signers; // nullopt: left out on a conflict
    QHash<QByteArray, qsizetype> m_byCertificate;
};

} // namespace passgate
