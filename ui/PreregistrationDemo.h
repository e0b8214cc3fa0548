#pragma once

#include <QJsonObject>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QUndoStack;

namespace foundry {
class EmulatorServer;
}

namespace foundry::ui {

class DirectoryEditor;

// The guided preregistration scenario: Palantir's how-to for a confidential client that
// preregisters users from a webhook, run against the live emulator with real HTTP requests
// (the same steps as tests/http/admin/enrollment/test_admin_preregistration_howto.cpp). The
// fixes are console edits, each one undoable.
class PreregistrationDemo final : public QObject
{
    Q_OBJECT

public:
    enum class Step
    {
        CreateApplication,   // console: a confidential, non-OSDK app, scope restrictions empty
        RequestToken,        // HTTP: client credentials for multipass:preregister-user
        PreregisterFiltered, // HTTP: 403 ApiUsageDenied, the scope was filtered away
        AddScope,            // console: the scope restriction gets the scope
        RequestScopedToken,  // HTTP: the token now carries the scope
        PreregisterNoRole,   // HTTP: 403 PreregisterUserPermissionDenied
        GrantRole,           // console: Users and groups administrator of the organization
        PreregisterSucceeds, // HTTP: 200, the user id; the user is in the Users page
        Count
    };

    struct Record
    {
        QString request;  // what was sent (method, URL, headers with credentials masked, body)
        QString response; // status line, headers that matter, body
        QString outcome;  // one sentence: what happened and why
        bool asExpected = false;
    };

    PreregistrationDemo(DirectoryEditor *editor, QUndoStack *undoStack, EmulatorServer *server,
                        QObject *parent = nullptr);

    static QString title(Step step);
    static QString explanation(Step step);
    static bool isHttp(Step step);

    // Picks the provider, organization and a username no one has yet; clears the records.
    // False (with `problem()`) when the seed cannot run the scenario.
    bool reset();
    QString problem() const { return m_problem; }
    int nextStep() const { return m_next; } // Count when done
    bool isBusy() const { return m_reply != nullptr; }
    bool isDone() const { return m_next >= int(Step::Count); }
    const Record &record(int step) const { return m_records.at(step); }
    QString username() const { return m_username; }
    QString createdUserId() const { return m_createdUserId; }

    void runNext(); // one step; HTTP steps finish asynchronously
    void runAll();  // every remaining step, one after the other

    static const QString kClientId;

Q_SIGNALS:
    void stepStarted(int step);
    void stepFinished(int step);
    void userCreated(const QString &userId);
    void stateChanged();

private:
    void finishStep(int step, Record record);
    void runConsoleStep(Step step);
    void sendToken(Step step);
    void sendPreregister(Step step);
    void onReply(Step step, QNetworkReply *reply, const QString &requestText);
    Record judge(Step step, int status, const QJsonObject &json, const QByteArray &body);
    QUrl url(const QString &path) const;

    DirectoryEditor *const m_editor;
    QUndoStack *const m_undoStack;
    EmulatorServer *const m_server;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QList<Record> m_records;
    int m_next = 0;
    bool m_runAll = false;
    QString m_problem;
    QString m_providerRid;
    QString m_enrollmentRid;
    QString m_organizationRid;
    QString m_username;
    QString m_secret;
    QString m_accessToken;
    QString m_createdUserId;
};

} // namespace foundry::ui
