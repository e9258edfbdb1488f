"""The participant fields a roster column can fill, with the labels people see and export."""

from __future__ import annotations

from enum import StrEnum

from sakura_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class Field(StrEnum):
    EXTERNAL_ID = "external_id"
    FULL_NAME = "full_name"  # romanised "FAMILY Given" in one column; split on import
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    NATIVE_NAME = "native_name"
    PREFERRED_NAME = "preferred_name"
    ROLE = "role"
    GENDER = "gender"
    DATE_OF_BIRTH = "date_of_birth"
    EMAIL = "email"
    PHONE = "phone"
    DELEGATION = "delegation"
    COUNTRY = "country"
    INSTITUTION = "institution"
    DIETARY = "dietary"
    ALLERGIES = "allergies"
    EMERGENCY_CONTACT_NAME = "emergency_contact_name"
    EMERGENCY_CONTACT_PHONE = "emergency_contact_phone"
    ROOM = "room"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return LABELS[self]


def shown_label(field: Field) -> str:
    """The field's label in the interface's language, for messages (English on the CLI)."""
    return translate("RosterFields", LABELS[field])


# English: export headers and the mapping's guesses use them as they are; messages show them
# through shown_label() (the catalogue context the import wizard uses too).
LABELS: dict[Field, str] = {
    Field.EXTERNAL_ID: QT_TRANSLATE_NOOP("RosterFields", "ID"),
    Field.FULL_NAME: QT_TRANSLATE_NOOP("RosterFields", "Full name"),
    Field.FAMILY_NAME: QT_TRANSLATE_NOOP("RosterFields", "Family name"),
    Field.GIVEN_NAME: QT_TRANSLATE_NOOP("RosterFields", "Given name"),
    Field.NATIVE_NAME: QT_TRANSLATE_NOOP("RosterFields", "Native name"),
    Field.PREFERRED_NAME: QT_TRANSLATE_NOOP("RosterFields", "Preferred name"),
    Field.ROLE: QT_TRANSLATE_NOOP("RosterFields", "Role"),
    Field.GENDER: QT_TRANSLATE_NOOP("RosterFields", "Gender"),
    Field.DATE_OF_BIRTH: QT_TRANSLATE_NOOP("RosterFields", "Date of birth"),
    Field.EMAIL: QT_TRANSLATE_NOOP("RosterFields", "E-mail"),
    Field.PHONE: QT_TRANSLATE_NOOP("RosterFields", "Phone"),
    Field.DELEGATION: QT_TRANSLATE_NOOP("RosterFields", "Delegation"),
    Field.COUNTRY: QT_TRANSLATE_NOOP("RosterFields", "Country"),
    Field.INSTITUTION: QT_TRANSLATE_NOOP("RosterFields", "Institution"),
    Field.DIETARY: QT_TRANSLATE_NOOP("RosterFields", "Dietary needs"),
    Field.ALLERGIES: QT_TRANSLATE_NOOP("RosterFields", "Allergies"),
    Field.EMERGENCY_CONTACT_NAME: QT_TRANSLATE_NOOP("RosterFields", "Emergency contact"),
    Field.EMERGENCY_CONTACT_PHONE: QT_TRANSLATE_NOOP("RosterFields", "Emergency phone"),
    Field.ROOM: QT_TRANSLATE_NOOP("RosterFields", "Room"),
    Field.NOTES: QT_TRANSLATE_NOOP("RosterFields", "Notes"),
}

# Participant columns a mapped field writes (delegation, country, institution and full name are
# resolved into other columns).
DIRECT_COLUMNS: dict[Field, str] = {
    Field.EXTERNAL_ID: "external_id",
    Field.FAMILY_NAME: "family_name",
    Field.GIVEN_NAME: "given_name",
    Field.NATIVE_NAME: "native_name",
    Field.PREFERRED_NAME: "preferred_name",
    Field.ROLE: "role",
    Field.GENDER: "gender",
    Field.DATE_OF_BIRTH: "date_of_birth",
    Field.EMAIL: "email",
    Field.PHONE: "phone",
    Field.DIETARY: "dietary",
    Field.ALLERGIES: "allergies",
    Field.EMERGENCY_CONTACT_NAME: "emergency_contact_name",
    Field.EMERGENCY_CONTACT_PHONE: "emergency_contact_phone",
    Field.ROOM: "room",
    Field.NOTES: "notes",
}
