#include "HttpTestServer.h"

#include <QHostAddress>

HttpTestServer::HttpTestServer()
{
    m_fallback.status = 500;
    m_fallback.body = "script exhausted";
    connect(&m_server, &QTcpServer::newConnection, this, &HttpTestServer::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HttpTestServer::url(const QString &path) const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    url.setPath(path);
    return url;
}

void HttpTestServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QObject::destroyed, this, [this, socket] { m_pending.remove(socket); });
    }
}

void HttpTestServer::onReadable(QTcpSocket *socket)
{
    QByteArray &buffer = m_pending[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    buffer.remove(0, end + 4);
    Request request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.path = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    m_requests.append(request);
    const Response response = m_script.isEmpty() ? m_fallback : m_script.takeFirst();
    answer(socket, response);
}

void HttpTestServer::answer(QTcpSocket *socket, const Response &response)
{
    if (response.mode == Response::Mode::Hang)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Scripted\r\n";
    QMap<QByteArray, QByteArray> headers = response.headers;
    if (response.status != 304)
        headers.insert("Content-Length", QByteArray::number(response.body.size()));
    headers.insert("Connection", "close");
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        head += it.key() + ": " + it.value() + "\r\n";
    head += "\r\n";
    socket->write(head);
    if (response.status != 304) {
        socket->write(response.mode == Response::Mode::Truncate ? response.body.left(response.cutAfter)
                                                                : response.body);
    }
    socket->flush();
    socket->disconnectFromHost();
}
