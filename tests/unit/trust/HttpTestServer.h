#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <memory>

// A real HTTP/1.1 server on 127.0.0.1 (random port) answering from a script, one response per
// request, so updater tests meet the failures a real network produces: errors, hangs, truncation.
class HttpTestServer : public QObject
{
    Q_OBJECT

public:
    struct Response
    {
        enum class Mode
        {
            Normal,   // status, headers and the whole body, then close
            Hang,     // accept the request and never answer
            Truncate, // announce the whole body, send `cutAfter` bytes of it, close
        };
        int status = 200;
        QByteArray body;
        QMap<QByteArray, QByteArray> headers;
        Mode mode = Mode::Normal;
        qsizetype cutAfter = 0;
    };
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // lower-case names
    };

    HttpTestServer();
    bool listening() const { return m_server.isListening(); }
    QUrl url(const QString &path = QStringLiteral("/bundle.pgtb")) const;

    void enqueue(Response response) { m_script.append(std::move(response)); }
    // Answered when the script has run out.
    void setFallback(Response response) { m_fallback = std::move(response); }
    const QList<Request> &requests() const { return m_requests; }

private:
    void onConnection();
    void onReadable(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QList<Response> m_script;
    Response m_fallback;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_pending;
    // Last, so it goes first: its sockets' destroyed() handlers still find m_pending alive.
    QTcpServer m_server;
};
