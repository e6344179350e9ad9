#pragma once

#include "core/result.h"

#include <QSqlDatabase>

#include <span>

namespace slipway {

// Schema v11 on a team database (docs/architecture.md#team-roles): the requests members hand to engines and the
// functions through which members and admins act.
std::span<const char *const> teamRoleSchema();
// Schema v12: the same functions hardened, and the roles v11 made marked as Slipway's.
std::span<const char *const> teamRoleHardening();
// Schema v14: the request kinds of members' cancels and manual-intervention answers.
std::span<const char *const> teamRequestKinds();

// Creates the team's three roles when missing (DATABASE_admin, DATABASE_member, DATABASE_engine) and grants each its
// rights on every table, sequence and function; run after any migration, so a table a later version adds is covered.
// Creating roles needs CREATEROLE: when `required` (`slipway db init`) its lack is an error that says what to grant;
// otherwise (the first client to open an empty database) the database goes on without roles, every login with the
// owner's rights as before them, until `db init` runs as a login that may create them.
Status establishTeamRoles(QSqlDatabase &database, const QString &where, bool required);

} // namespace slipway
