#pragma once

#include <QByteArray>
#include <QString>

namespace passgate {

// What a check-in's sealed contact holds: the phone number or safety number, and the home district
// (시·군·구) Korean paper logs asked for beside it. Both are personal data: they travel sealed to the
// owner's key, never in a plain column.
//
// Plaintext before sealing: the contact alone when there is no district (every entry written before
// districts existed reads back unchanged), otherwise compact JSON {"contact": ..., "homeDistrict": ...}.
// A phone number or a safety number never starts with '{', so the two cannot be confused.
struct ContactDetails
{
    QString contact;
    QString homeDistrict;

    bool isEmpty() const { return contact.isEmpty() && homeDistrict.isEmpty(); }
    QByteArray toPlaintext() const;
    static ContactDetails fromPlaintext(const QByteArray &plaintext);
};

} // namespace passgate
