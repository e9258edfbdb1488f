"""The whole data model of a Sakura Desktop database (SQLAlchemy 2 typed ORM).

One database holds one or more programs (exchange weeks). Every row that belongs to a program
carries `program_id`, directly or through its parent. Times are instants stored as UTC
(`UTCDateTime`); they are shown in the program's time zone by the layers above.

Constraints live in the schema (foreign keys, unique keys, CHECKs), not only in Python, so a
second station or a hand-edited file cannot put the database in a state the code never expects.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from sakura_desktop.db.base import UUID_STR, Base, UTCDateTime, new_uuid, utc_now
from sakura_desktop.db.enums import (
    CheckpointKind,
    Decision,
    Direction,
    Gender,
    ParticipantStatus,
    Role,
    ScanMethod,
    SessionKind,
    VenueKind,
    sql_in,
)

SECRET_BYTES = 32


class AppMetadata(Base):
    """Key/value facts about the database file itself (who created it, with which version)."""

    __tablename__ = "app_metadata"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Program(Base):
    __tablename__ = "programs"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_ordered"),
        CheckConstraint(f"length(secret) = {SECRET_BYTES}", name="secret_length"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    host_institution: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Tokyo")
    # The host's 24-hour number, printed on the back of every badge.
    emergency_phone: Mapped[str] = mapped_column(String(60), default="")
    # HMAC key that signs badge tokens; fresh random bytes for every program ever created.
    secret: Mapped[bytes] = mapped_column(LargeBinary(SECRET_BYTES))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)

    sites: Mapped[list[Site]] = relationship(back_populates="program", cascade="all, delete-orphan")
    delegations: Mapped[list[Delegation]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )
    participants: Mapped[list[Participant]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )
    teams: Mapped[list[Team]] = relationship(back_populates="program", cascade="all, delete-orphan")
    sessions: Mapped[list[ScheduleSession]] = relationship(
        back_populates="program", cascade="all, delete-orphan"
    )


class Site(Base):
    """A campus or facility; moving between two sites takes travel time."""

    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("program_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(400), default="")

    program: Mapped[Program] = relationship(back_populates="sites")
    venues: Mapped[list[Venue]] = relationship(back_populates="site", cascade="all, delete-orphan")


class Venue(Base):
    __tablename__ = "venues"
    __table_args__ = (
        UniqueConstraint("site_id", "name"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint(sql_in("kind", VenueKind), name="kind_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    capacity: Mapped[int | None] = mapped_column(Integer)
    # Lets the rotation planner find the labs and a transfer find its bus stop.
    kind: Mapped[str] = mapped_column(String(20), default=VenueKind.OTHER.value)

    site: Mapped[Site] = relationship(back_populates="venues")


class TravelTime(Base):
    """Minutes needed to go from one site to another (directional: buses may differ each way)."""

    __tablename__ = "travel_times"
    __table_args__ = (
        UniqueConstraint("from_site_id", "to_site_id"),
        CheckConstraint("from_site_id <> to_site_id", name="distinct_sites"),
        CheckConstraint("minutes >= 0", name="minutes_non_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    from_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    to_site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    minutes: Mapped[int] = mapped_column(Integer)


class Delegation(Base):
    """The group one sending institution sends; its leader is the participant flagged is_leader."""

    __tablename__ = "delegations"
    __table_args__ = (
        UniqueConstraint("program_id", "name"),
        CheckConstraint("length(country_code) = 2", name="country_code_alpha2"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    country_code: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2, upper case
    country_name: Mapped[str] = mapped_column(String(100))
    institution: Mapped[str] = mapped_column(String(300), default="")

    program: Mapped[Program] = relationship(back_populates="delegations")
    participants: Mapped[list[Participant]] = relationship(back_populates="delegation")


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("program_id", "external_id"),
        CheckConstraint(sql_in("role", Role), name="role_known"),
        CheckConstraint(sql_in("gender", Gender), name="gender_known"),
        CheckConstraint(sql_in("status", ParticipantStatus), name="status_known"),
        CheckConstraint("length(trim(family_name)) + length(trim(given_name)) > 0", name="named"),
        CheckConstraint(
            "departure_at IS NULL OR arrival_at IS NULL OR departure_at >= arrival_at",
            name="stay_ordered",
        ),
        CheckConstraint("NOT is_leader OR delegation_id IS NOT NULL", name="leader_has_delegation"),
        # At most one leader per delegation.
        Index(
            "uq_participants_delegation_leader",
            "delegation_id",
            unique=True,
            sqlite_where=text("is_leader"),
            postgresql_where=text("is_leader"),
        ),
        Index("ix_participants_program_id_family_name", "program_id", "family_name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    # Host staff and lecturers belong to no delegation.
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="RESTRICT"), index=True
    )
    external_id: Mapped[str | None] = mapped_column(String(100))  # the roster's own id
    family_name: Mapped[str] = mapped_column(String(200), default="")  # romanised
    given_name: Mapped[str] = mapped_column(String(200), default="")  # romanised
    native_name: Mapped[str] = mapped_column(String(200), default="")  # kept exactly as given
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    title: Mapped[str] = mapped_column(String(40), default="")  # "Prof.", "Dr." on badges
    role: Mapped[str] = mapped_column(String(20), default=Role.STUDENT.value)
    is_leader: Mapped[bool] = mapped_column(Boolean, default=False)
    gender: Mapped[str] = mapped_column(String(20), default=Gender.UNSPECIFIED.value)
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    email: Mapped[str | None] = mapped_column(String(320))
    # Their own phone during the visit (a leader's is what a roll call's missing list shows).
    phone: Mapped[str] = mapped_column(String(60), default="", server_default=text("''"))
    dietary: Mapped[str] = mapped_column(Text, default="")
    allergies: Mapped[str] = mapped_column(Text, default="")
    emergency_contact_name: Mapped[str] = mapped_column(String(200), default="")
    emergency_contact_phone: Mapped[str] = mapped_column(String(60), default="")
    emergency_contact_relation: Mapped[str] = mapped_column(String(60), default="")
    room: Mapped[str] = mapped_column(String(60), default="")
    arrival_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    departure_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default=ParticipantStatus.REGISTERED.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    program: Mapped[Program] = relationship(back_populates="participants")
    delegation: Mapped[Delegation | None] = relationship(back_populates="participants")
    teams: Mapped[list[Team]] = relationship(secondary="team_memberships", back_populates="members")

    @property
    def display_name(self) -> str:
        given = self.preferred_name or self.given_name
        return f"{given} {self.family_name}".strip()


class Team(Base):
    """A mixed group that moves together through rotations."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("program_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    colour: Mapped[str] = mapped_column(String(7), default="#888888")

    program: Mapped[Program] = relationship(back_populates="teams")
    members: Mapped[list[Participant]] = relationship(
        secondary="team_memberships", back_populates="teams"
    )


class TeamMembership(Base):
    __tablename__ = "team_memberships"

    team_id: Mapped[int] = mapped_column(
        ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Availability(Base):
    """A window in which a person (typically a lecturer) is available."""

    __tablename__ = "availabilities"
    __table_args__ = (CheckConstraint("end_at > start_at", name="window_ordered"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)


class Notebook(Base):
    """An experiment notebook's content, authored once and printed for every participant."""

    __tablename__ = "notebooks"
    __table_args__ = (UniqueConstraint("program_id", "title"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    lecturer_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    source: Mapped[str] = mapped_column(Text, default="")  # structured text, see printing docs
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    images: Mapped[list[NotebookImage]] = relationship(cascade="all, delete-orphan")


class NotebookImage(Base):
    """A picture a notebook's markup names (`[image: NAME | caption]`), kept in the database so
    the notebook prints the same on every laptop, whatever folder it was imported from."""

    __tablename__ = "notebook_images"
    __table_args__ = (
        UniqueConstraint("notebook_id", "name"),
        CheckConstraint("length(data) > 0", name="not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    notebook_id: Mapped[int] = mapped_column(
        ForeignKey("notebooks.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))  # as written in the markup
    data: Mapped[bytes] = mapped_column(LargeBinary)  # the image file's bytes (PNG, JPEG)


class ScheduleSession(Base):
    """One block of the week: a lecture, a lab tour, a meal, a bus transfer ..."""

    __tablename__ = "schedule_sessions"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="ends_after_start"),
        CheckConstraint(sql_in("kind", SessionKind), name="kind_known"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("revision >= 0", name="revision_non_negative"),
        Index("ix_schedule_sessions_program_id_start_at", "program_id", "start_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Stable across exports: the iCalendar UID is derived from it.
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    start_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    venue_id: Mapped[int | None] = mapped_column(
        ForeignKey("venues.id", ondelete="SET NULL"), index=True
    )
    # For a transfer, the venue is where the bus leaves from and this is where it goes.
    destination_site_id: Mapped[int | None] = mapped_column(
        ForeignKey("sites.id", ondelete="SET NULL")
    )
    capacity: Mapped[int | None] = mapped_column(Integer)
    lecturer_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    host: Mapped[str] = mapped_column(String(200), default="")  # host lab or person, free text
    description: Mapped[str] = mapped_column(Text, default="")
    # True: the whole program attends (no audience rows needed).
    for_everyone: Mapped[bool] = mapped_column(Boolean, default=False)
    notebook_id: Mapped[int | None] = mapped_column(ForeignKey("notebooks.id", ondelete="SET NULL"))
    # Bumped by every edit: the iCalendar SEQUENCE, so phones take the moved session.
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    program: Mapped[Program] = relationship(back_populates="sessions")
    venue: Mapped[Venue | None] = relationship()
    lecturer: Mapped[Participant | None] = relationship()
    audience: Mapped[list[SessionAudience]] = relationship(cascade="all, delete-orphan")


class SessionAudience(Base):
    """Who a session is for: exactly one of a team, a delegation or a named participant."""

    __tablename__ = "session_audiences"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN team_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN delegation_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN participant_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="exactly_one_target",
        ),
        UniqueConstraint("session_id", "team_id"),
        UniqueConstraint("session_id", "delegation_id"),
        UniqueConstraint("session_id", "participant_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("schedule_sessions.id", ondelete="CASCADE"), index=True
    )
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    delegation_id: Mapped[int | None] = mapped_column(
        ForeignKey("delegations.id", ondelete="CASCADE")
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE")
    )


class Station(Base):
    """A laptop that records scans; its uuid travels with the events it exports.

    Each station numbers its own events 1, 2, 3 ... (`last_seq` is the last number it gave), so
    a journal is an ordered log whose gaps can be named. A station is local when this database
    recorded its scans, and foreign when its events arrived by a merge.
    """

    __tablename__ = "stations"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(100))
    first_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    is_local: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    last_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # The last of this station's events written to the sync folder (local stations only).
    exported_seq: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    # When events of this station were last merged in from a journal (foreign stations).
    last_merged_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class Checkpoint(Base):
    """A place and moment where people are counted: arrival, a session, a bus, a roll call."""

    __tablename__ = "checkpoints"
    __table_args__ = (
        UniqueConstraint("program_id", "name"),
        UniqueConstraint("session_id"),
        CheckConstraint(sql_in("kind", CheckpointKind), name="kind_known"),
        CheckConstraint(
            "(kind IN ('session', 'transfer')) = (session_id IS NOT NULL)",
            name="session_matches_kind",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("schedule_sessions.id", ondelete="CASCADE")
    )
    allows_exit: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class CheckinEvent(Base):
    """One scan, as it happened. Never updated (a trigger refuses it); undo adds a voiding event."""

    __tablename__ = "checkin_events"
    __table_args__ = (
        CheckConstraint(sql_in("direction", Direction), name="direction_known"),
        CheckConstraint(sql_in("method", ScanMethod), name="method_known"),
        CheckConstraint(sql_in("decision", Decision), name="decision_known"),
        CheckConstraint(
            "(decision = 'voided') = (voids_event_uuid IS NOT NULL)", name="voiding_consistent"
        ),
        CheckConstraint("station_seq > 0", name="station_seq_positive"),
        # A station numbers each of its events once: a journal is a gap-checkable log.
        UniqueConstraint("station_id", "station_seq"),
        Index("ix_checkin_events_checkpoint_id_participant_id", "checkpoint_id", "participant_id"),
        Index("ix_checkin_events_participant_id_occurred_at", "participant_id", "occurred_at"),
        # The live refresh asks for a program's newest event id every second.
        Index("ix_checkin_events_program_id_id", "program_id", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(UUID_STR, unique=True, default=new_uuid)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    # NULL when the code named nobody we know (unknown, forged, another program).
    participant_id: Mapped[int | None] = mapped_column(ForeignKey("participants.id"))
    checkpoint_id: Mapped[int] = mapped_column(ForeignKey("checkpoints.id", ondelete="CASCADE"))
    direction: Mapped[str] = mapped_column(String(3), default=Direction.IN.value)
    station_id: Mapped[int] = mapped_column(ForeignKey("stations.id"))
    station_seq: Mapped[int] = mapped_column(Integer)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    operator: Mapped[str] = mapped_column(String(100), default="")
    method: Mapped[str] = mapped_column(String(10))
    decision: Mapped[str] = mapped_column(String(20))
    raw_code: Mapped[str | None] = mapped_column(String(200))  # kept for refused scans only
    # Why a roll call was closed while people were unaccounted for (decision 'closed').
    note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))
    # Set on the voiding event; the voided one stays as it was. Not unique: two stations apart
    # may each undo the same merged scan, and both facts are kept (the scan counts as voided).
    voids_event_uuid: Mapped[str | None] = mapped_column(
        ForeignKey("checkin_events.uuid"), index=True
    )


class BadgeToken(Base):
    """A badge issued to a participant; re-issuing revokes the previous serial."""

    __tablename__ = "badge_tokens"
    __table_args__ = (
        UniqueConstraint("participant_id", "serial"),
        CheckConstraint("serial > 0", name="serial_positive"),
        # Only one live badge per participant.
        Index(
            "uq_badge_tokens_participant_live",
            "participant_id",
            unique=True,
            sqlite_where=text("revoked_at IS NULL"),
            postgresql_where=text("revoked_at IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    serial: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    printed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


AUDIT_ACTIONS = ("created", "edited", "imported", "deleted", "status_changed", "purged")


class ParticipantAudit(Base):
    """One change to a participant: when, from which station and OS user, what, which fields.

    Only field names are kept, never values (a roster's values are personal data and its medical
    fields are health data); `detail` holds the old and new status of a status change, nothing
    else. The participant's uuid survives a merge into another database and the row survives the
    participant's deletion (`participant_id` becomes NULL).
    """

    __tablename__ = "participant_audit"
    __table_args__ = (
        CheckConstraint(
            "action IN (" + ", ".join(f"'{a}'" for a in AUDIT_ACTIONS) + ")", name="action_known"
        ),
        Index(
            "ix_participant_audit_participant_uuid_occurred_at", "participant_uuid", "occurred_at"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[int] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    participant_uuid: Mapped[str] = mapped_column(UUID_STR)
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
    station: Mapped[str] = mapped_column(String(100), default="")
    os_user: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(20))
    # JSON list of the field names that changed (e.g. ["allergies", "room"]).
    fields: Mapped[str] = mapped_column(Text, default="[]")
    detail: Mapped[str] = mapped_column(String(200), default="")


class SurveyResponse(Base):
    """A participant's answers to the post-visit questionnaire (one per participant; entering or
    importing again replaces them). A part left blank is NULL."""

    __tablename__ = "survey_responses"
    __table_args__ = (
        CheckConstraint("lectures BETWEEN 1 AND 5", name="lectures_score"),
        CheckConstraint("lab_tours BETWEEN 1 AND 5", name="lab_tours_score"),
        CheckConstraint("experiments BETWEEN 1 AND 5", name="experiments_score"),
        CheckConstraint("cultural BETWEEN 1 AND 5", name="cultural_score"),
        CheckConstraint("meals_lodging BETWEEN 1 AND 5", name="meals_lodging_score"),
        CheckConstraint("overall BETWEEN 1 AND 5", name="overall_score"),
        CheckConstraint("come_back IN ('yes', 'maybe', 'no')", name="come_back_known"),
        CheckConstraint("source IN ('app', 'import')", name="source_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    lectures: Mapped[int | None] = mapped_column(Integer)
    lab_tours: Mapped[int | None] = mapped_column(Integer)
    experiments: Mapped[int | None] = mapped_column(Integer)
    cultural: Mapped[int | None] = mapped_column(Integer)
    meals_lodging: Mapped[int | None] = mapped_column(Integer)
    overall: Mapped[int | None] = mapped_column(Integer)
    come_back: Mapped[str | None] = mapped_column(String(10))
    comments: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(10), default="app")  # entered in the app or imported
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)


class AlumniConsent(Base):
    """Whether a participant agreed to be contacted as an alumnus, and when that was recorded.
    No row means nobody asked yet: only a recorded 'yes' puts a person on the alumni list."""

    __tablename__ = "alumni_consents"
    __table_args__ = (CheckConstraint("consent IN ('yes', 'no')", name="consent_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    consent: Mapped[str] = mapped_column(String(10))
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utc_now)
