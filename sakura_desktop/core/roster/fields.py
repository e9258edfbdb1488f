"""The participant fields a roster column can fill, with the labels people see and export."""

from __future__ import annotations

from enum import StrEnum


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


LABELS: dict[Field, str] = {
    Field.EXTERNAL_ID: "ID",
    Field.FULL_NAME: "Full name",
    Field.FAMILY_NAME: "Family name",
    Field.GIVEN_NAME: "Given name",
    Field.NATIVE_NAME: "Native name",
    Field.PREFERRED_NAME: "Preferred name",
    Field.ROLE: "Role",
    Field.GENDER: "Gender",
    Field.DATE_OF_BIRTH: "Date of birth",
    Field.EMAIL: "E-mail",
    Field.PHONE: "Phone",
    Field.DELEGATION: "Delegation",
    Field.COUNTRY: "Country",
    Field.INSTITUTION: "Institution",
    Field.DIETARY: "Dietary needs",
    Field.ALLERGIES: "Allergies",
    Field.EMERGENCY_CONTACT_NAME: "Emergency contact",
    Field.EMERGENCY_CONTACT_PHONE: "Emergency phone",
    Field.ROOM: "Room",
    Field.NOTES: "Notes",
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
