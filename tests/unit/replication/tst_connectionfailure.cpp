#include "replication/ConnectionFailure.h"

#include <QTest>

using namespace passgate;

Q_DECLARE_METATYPE(passgate::SyncCode)

// A failed connection is told apart by what the server sent (its SQLSTATE), whatever language the
// server and the kiosk speak; libpq's own words (read in the C locale) only where the server said
// nothing. Messages as libpq 15 words them at verbose verbosity, in Korean and English.
class ConnectionFailureTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("needsPassword");
        QTest::addColumn<SyncCode>("code");
        QTest::addColumn<QString>("state");

        const QString koPrefix =
            QStringLiteral("\"127.0.0.1\" (127.0.0.1), 5432 포트로 서버 접속 할 수 없음: ");
        const QString enPrefix = QStringLiteral("connection to server at \"127.0.0.1\", port 5432 failed: ");
        QTest::newRow("wrong password, Korean server and kiosk")
            << koPrefix + QStringLiteral("치명적오류:  28P01: 사용자 \"k\"의 password 인증을 실패했습니다\n"
                                         "LOCATION:  auth_failed, auth.c:326")
            << false << SyncCode::AuthFailed << "28P01";
        QTest::newRow("wrong password, English")
            << enPrefix + QStringLiteral("FATAL:  28P01: password authentication failed for user \"k\"")
            << false << SyncCode::AuthFailed << "28P01";
        QTest::newRow("no pg_hba.conf entry, Korean")
            << koPrefix +
                   QStringLiteral("치명적오류:  28000: 호스트 \"127.0.0.1\", 사용자 \"k\", 데이터베이스 "
                                  "\"passgate\", SSL 암호화 연결에 대한 설정이 pg_hba.conf 파일에 없습니다.")
            << false << SyncCode::AuthFailed << "28000";
        QTest::newRow("no CONNECT on the database")
            << enPrefix + QStringLiteral("FATAL:  42501: permission denied for database \"passgate\"")
            << false << SyncCode::AuthFailed << "42501";
        QTest::newRow("no such database, Korean")
            << koPrefix + QStringLiteral("치명적오류:  3D000: \"passgat\" 데이터베이스 없음") << false
            << SyncCode::BadSettings << "3D000";
        QTest::newRow("too many clients: later")
            << koPrefix + QStringLiteral("치명적오류:  53300: 최대 동시 접속자 수를 초과했습니다.") << false
            << SyncCode::Unreachable << "53300";
        QTest::newRow("starting up: later")
            << enPrefix + QStringLiteral("FATAL:  57P03: the database system is starting up") << false
            << SyncCode::Unreachable << "57P03";
        QTest::newRow("the server's own failure")
            << enPrefix + QStringLiteral("FATAL:  XX000: could not open relation") << false
            << SyncCode::ServerError << "XX000";
        QTest::newRow("refused: nothing listens")
            << enPrefix +
                   QStringLiteral("Connection refused\n\tIs the server running on that host and accepting "
                                  "TCP/IP connections?")
            << false << SyncCode::Unreachable << "";
        QTest::newRow("a host name that does not resolve")
            << QStringLiteral("could not translate host name \"ABCDE\" to address: Name or service not known")
            << false << SyncCode::Unreachable << "";
        QTest::newRow("no password given") << enPrefix + QStringLiteral("fe_sendauth: no password supplied")
                                           << true << SyncCode::AuthFailed << "";
        QTest::newRow("a certificate for another host")
            << enPrefix +
                   QStringLiteral("server certificate for \"db\" does not match host name \"127.0.0.1\"")
            << false << SyncCode::TlsMismatch << "";
        QTest::newRow("a certificate from another CA")
            << enPrefix + QStringLiteral("SSL error: certificate verify failed") << false
            << SyncCode::TlsMismatch << "";
    }

    void classify()
    {
        QFETCH(QString, message);
        QFETCH(bool, needsPassword);
        QFETCH(SyncCode, code);
        QFETCH(QString, state);
        QCOMPARE(sqlStateIn(message), state);
        const SyncError error =
            ConnectionFailure{QStringLiteral("127.0.0.1:5432/passgate"), message, needsPassword}.classify();
        QCOMPARE(syncCodeName(error.code), syncCodeName(code));
        QVERIFY2(error.reason.startsWith(QLatin1String("127.0.0.1:5432/passgate")) ||
                     error.reason.startsWith(QLatin1String("cannot reach 127.0.0.1:5432/passgate")),
                 qPrintable(error.reason));
        // Where in the server's source it failed is not for staff.
        QVERIFY2(!error.reason.contains(QLatin1String("LOCATION")), qPrintable(error.reason));
    }
};

QTEST_GUILESS_MAIN(ConnectionFailureTest)
#include "tst_connectionfailure.moc"
