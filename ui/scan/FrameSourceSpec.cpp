#include "scan/FrameSourceSpec.h"

#include "scan/CameraFrameSource.h"
#include "scan/DemoFrameSource.h"
#include "scan/ImageFolderFrameSource.h"
#include "scan/VideoFileFrameSource.h"

#include <QMediaDevices>

namespace passgate {

QString FrameSourceSpec::toString() const
{
    QString name;
    switch (kind) {
    case Kind::Camera:
        name = QStringLiteral("camera");
        break;
    case Kind::VideoFile:
        name = QStringLiteral("video");
        break;
    case Kind::ImageFolder:
        name = QStringLiteral("images");
        break;
    case Kind::Demo:
        name = QStringLiteral("demo");
        break;
    }
    return argument.isEmpty() ? name : name + QLatin1Char(':') + argument;
}

Result<FrameSourceSpec, ScanFailure> parseFrameSourceSpec(const QString &text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    const QString name = colon < 0 ? text : text.left(colon);
    const QString argument = colon < 0 ? QString() : text.mid(colon + 1);
    const bool hasArgument = colon >= 0;

    if (name == QLatin1String("camera")) {
        if (hasArgument && argument.isEmpty())
            return fail(ScanError::BadSourceSpec,
                        QStringLiteral("'camera:' needs a camera id after the colon"));
        return FrameSourceSpec{FrameSourceSpec::Kind::Camera, argument};
    }
    if (name == QLatin1String("demo")) {
        if (hasArgument && argument.isEmpty())
            return fail(ScanError::BadSourceSpec,
                        QStringLiteral("'demo:' needs a pass list file after the colon"));
        return FrameSourceSpec{FrameSourceSpec::Kind::Demo, argument};
    }
    if (name == QLatin1String("video") || name == QLatin1String("images")) {
        if (argument.isEmpty())
            return fail(
                ScanError::BadSourceSpec,
                QStringLiteral("'%1' needs a %2: %1:%3")
                    .arg(name,
                         name == QLatin1String("video") ? QStringLiteral("file") : QStringLiteral("folder"),
                         name == QLatin1String("video") ? QStringLiteral("FILE") : QStringLiteral("DIR")));
        return FrameSourceSpec{name == QLatin1String("video") ? FrameSourceSpec::Kind::VideoFile
                                                              : FrameSourceSpec::Kind::ImageFolder,
                               argument};
    }
    return fail(ScanError::BadSourceSpec,
                QStringLiteral(
                    "unknown frame source '%1': expected camera[:ID], video:FILE, images:DIR or demo[:LIST]")
                    .arg(text));
}

std::unique_ptr<FrameSource> createFrameSource(const FrameSourceSpec &spec,
                                               const FrameSourceSettings &settings)
{
    switch (spec.kind) {
    case FrameSourceSpec::Kind::Camera:
        return std::make_unique<CameraFrameSource>(spec.argument);
    case FrameSourceSpec::Kind::VideoFile:
        return std::make_unique<VideoFileFrameSource>(spec.argument);
    case FrameSourceSpec::Kind::ImageFolder:
        return std::make_unique<ImageFolderFrameSource>(
            spec.argument,
            ImageFolderFrameSource::Options{settings.imageHoldTime, settings.frameRate, settings.loop});
    case FrameSourceSpec::Kind::Demo: {
        DemoFrameSource::Options options;
        if (!spec.argument.isEmpty())
            options.passList = spec.argument;
        options.holdTime = settings.demoHoldTime;
        options.frameRate = settings.frameRate;
        options.loop = settings.loop;
        return std::make_unique<DemoFrameSource>(options);
    }
    }
    return nullptr;
}

FrameSourceSpec defaultFrameSourceSpec()
{
    return QMediaDevices::videoInputs().isEmpty() ? FrameSourceSpec{FrameSourceSpec::Kind::Demo, {}}
                                                  : FrameSourceSpec{FrameSourceSpec::Kind::Camera, {}};
}

} // namespace passgate
