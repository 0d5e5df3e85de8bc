#include "QuickTestSupport.h"

#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(PassgatePlugin)

// Wires one kiosk (temporary data dir, test clock, real services) before the QML tests load.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        if (!m_support.start(*engine))
            qFatal("the kiosk under test did not start");
    }

private:
    passgate::test::QuickTestSupport m_support;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk_quick, Setup)

#include "tst_kiosk_quick.moc"
