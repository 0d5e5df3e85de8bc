#include "scan/MediaBackend.h"

#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>

#include <dlfcn.h>

namespace passgate {

MediaBackend chooseMediaBackend(const QString &userSetting, const QStringList &installedBackends)
{
    if (!userSetting.isEmpty())
        return {userSetting, true, QStringLiteral("QT_MEDIA_BACKEND=%1 (set by the user)").arg(userSetting)};
    if (installedBackends.contains(u"ffmpeg"))
        return {QStringLiteral("ffmpeg"), false,
                QStringLiteral("ffmpeg: plays video files and opens V4L2 cameras without further plugins")};
    if (installedBackends.contains(u"gstreamer"))
        return {QStringLiteral("gstreamer"), false,
                QStringLiteral(
                    "gstreamer: the ffmpeg media plugin is not installed (Debian: libqt6multimedia6)")};
    if (!installedBackends.isEmpty())
        return {installedBackends.first(), false,
                QStringLiteral("%1: the only media plugin installed").arg(installedBackends.first())};
    return {QString(), false,
            QStringLiteral("no Qt Multimedia backend plugin is installed (Debian: libqt6multimedia6)")};
}

QStringList installedMediaBackends()
{
    QStringList folders{QLibraryInfo::path(QLibraryInfo::PluginsPath)};
    for (const QString &path : qEnvironmentVariable("QT_PLUGIN_PATH").split(u':', Qt::SkipEmptyParts))
        folders.append(path);
    static const QRegularExpression pluginName(QStringLiteral("^lib(\\w+)mediaplugin\\.so$"));
    QStringList names;
    for (const QString &folder : folders) {
        const QDir multimedia(QDir(folder).filePath(QStringLiteral("multimedia")));
        for (const QString &file : multimedia.entryList(QDir::Files)) {
            const QRegularExpressionMatch match = pluginName.match(file);
            if (match.hasMatch() && !names.contains(match.captured(1)))
                names.append(match.captured(1));
        }
    }
    return names;
}

MediaBackend selectMediaBackend()
{
    MediaBackend backend =
        chooseMediaBackend(qEnvironmentVariable("QT_MEDIA_BACKEND"), installedMediaBackends());
    if (!backend.setByUser && !backend.name.isEmpty())
        qputenv("QT_MEDIA_BACKEND", backend.name.toUtf8());
    return backend;
}

GstElementLookup systemGstElementLookup()
{
    return [](const char *element) {
        // Loaded once and kept: gstreamer cannot be unloaded once initialised.
        using Init = int (*)(int *, char ***, void **);
        using Find = void *(*)(const char *);
        using Unref = void (*)(void *);
        static void *library = dlopen("libgstreamer-1.0.so.0", RTLD_NOW | RTLD_GLOBAL);
        if (!library)
            return false;
        static const auto init = reinterpret_cast<Init>(dlsym(library, "gst_init_check"));
        static const auto find = reinterpret_cast<Find>(dlsym(library, "gst_element_factory_find"));
        static const auto unref = reinterpret_cast<Unref>(dlsym(library, "gst_object_unref"));
        static const bool initialised = init && init(nullptr, nullptr, nullptr);
        if (!initialised || !find || !unref)
            return false;
        void *factory = find(element);
        if (!factory)
            return false;
        unref(factory);
        return true;
    };
}

QString missingMediaPieces(const QString &backend, FrameSourceSpec::Kind kind,
                           const GstElementLookup &hasElement)
{
    if (kind == FrameSourceSpec::Kind::ImageFolder || kind == FrameSourceSpec::Kind::Demo)
        return {};
    if (backend.isEmpty())
        return QStringLiteral("no Qt Multimedia backend plugin is installed (Debian: libqt6multimedia6)");
    if (backend != u"gstreamer")
        return {}; // ffmpeg (and others) carry what they need in the plugin itself

    // The elements Qt 6.4's gstreamer backend makes on these paths (qgstreamermediaplayer.cpp,
    // qgstreamervideooutput.cpp, qgstreamercamera.cpp); a missing one is a null element it links.
    struct Need
    {
        const char *element;
        const char *package;
    };
    static const Need video[] = {{"uridecodebin", "gstreamer1.0-plugins-base"},
                                 {"decodebin", "gstreamer1.0-plugins-base"},
                                 {"videoconvert", "gstreamer1.0-plugins-base"},
                                 {"videoscale", "gstreamer1.0-plugins-base"},
                                 {"queue", "libgstreamer1.0-0"},
                                 {"input-selector", "libgstreamer1.0-0"}};
    static const Need camera[] = {{"v4l2src", "gstreamer1.0-plugins-good"},
                                  {"videoconvert", "gstreamer1.0-plugins-base"},
                                  {"videoscale", "gstreamer1.0-plugins-base"},
                                  {"queue", "libgstreamer1.0-0"}};
    QStringList elements, packages;
    const auto check = [&](const auto &needs) {
        for (const Need &need : needs) {
            if (hasElement(need.element))
                continue;
            elements.append(QString::fromLatin1(need.element));
            if (!packages.contains(QLatin1String(need.package)))
                packages.append(QString::fromLatin1(need.package));
        }
    };
    if (kind == FrameSourceSpec::Kind::Camera)
        check(camera);
    else
        check(video);
    if (elements.isEmpty())
        return {};
    return QStringLiteral("the gstreamer media backend lacks %1 (Debian: %2); without QT_MEDIA_BACKEND "
                          "passgate uses ffmpeg")
        .arg(elements.join(QStringLiteral(", ")), packages.join(QStringLiteral(", ")));
}

} // namespace passgate
