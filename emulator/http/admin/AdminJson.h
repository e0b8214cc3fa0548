#pragma once

#include "AuthenticationProvider.h"
#include "Group.h"
#include "Organization.h"
#include "User.h"

#include <QJsonObject>

class QDateTime;

// The Admin API's JSON shapes of the model's values (camelCase; absent optionals omitted).
namespace foundry::admin {

QJsonObject attributesJson(const Attributes &attributes);
// {id, username, givenName?, familyName?, email?, realm, organization?, status, attributes}:
// the reserved multipass: attributes first, then the user's own (which replace a reserved one).
QJsonObject userJson(const User &user);
// userJson(user) as compact JSON bytes, from a per-thread cache of the users last answered:
// building and serialising the object was a third of a getCurrent request's work. An entry is
// reused only while the user is equal to the one it was built from.
QByteArray userJsonBytes(const User &user);
// {id, name, description?, realm, organizations, attributes}
QJsonObject groupJson(const Group &group);
// {rid, name, description?, markingId, host?}
QJsonObject organizationJson(const Organization &organization);
// {rid, name, realm, enabled, supportedHosts, supportedUsernamePatterns, protocol}; a SAML
// protocol's serviceProviderMetadata has all five keys and CertificateInfo certificates.
QJsonObject authenticationProviderJson(const AuthenticationProvider &provider);
// {rid, name, createdTime}
QJsonObject enrollmentJson(const Enrollment &enrollment);

} // namespace foundry::admin
