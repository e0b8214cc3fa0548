// Form bodies and query strings: the decoder the OAuth routes use, Qt's QUrlQuery that the
// request still carries, and the authorize parameters read from them.

#include "AuthorizeFlow.h"
#include "FormFields.h"
#include "FuzzTargets.h"
#include "HttpRequest.h"

#include <cstdlib>

void foundry::fuzz::formAndQuery(QByteArrayView data)
{
    const FormFields fields = FormFields::parse(data);
    QHash<QString, QString> last;
    for (const FormFields::Item &item : fields.items()) {
        last.insert(item.first, item.second);
        if (fields.value(item.first) != fields.values(item.first).constLast())
            std::abort(); // value() is documented as the last occurrence
    }
    (void)auth::AuthorizeParameters::fromFields(last);
    (void)FormFields::decodeComponent(data);

    HttpRequest request;
    request.rawQuery = data.toByteArray();
    request.query = QUrlQuery(QString::fromUtf8(request.rawQuery));
    (void)request.queryFields();
    (void)request.queryValue(QStringLiteral("pageSize"));
    (void)request.query.queryItems(QUrl::FullyDecoded);
}

#ifdef FOUNDRY_FUZZ_MAIN
FOUNDRY_FUZZ_ENTRY_POINT(foundry::fuzz::formAndQuery)
#endif
