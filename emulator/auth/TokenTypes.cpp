#include "TokenTypes.h"

namespace foundry::auth {

QString tokenStateName(TokenState state)
{
    switch (state) {
    case TokenState::Active:
        return QStringLiteral("active");
    case TokenState::Expired:
        return QStringLiteral("expired");
    case TokenState::Revoked:
        return QStringLiteral("revoked");
    case TokenState::Rotated:
        return QStringLiteral("rotated");
    }
    return {};
}

} // namespace foundry::auth
