// SPDX-License-Identifier: GPL-3.0-or-later
#include "deckparts.h"

#include "opcpackage.h"

namespace {

const char namespaces[]
    = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
      R"(xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main")";

const char xmlHeader[] = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

// Okabe–Ito colours, as in the window's charts: accent1 is the social
// cohort, accent2 the control cohort.
QByteArray theme(const QString &name, const QString &latin, const QString &complex)
{
    QByteArray fonts
        = R"(<a:latin typeface="@LATIN@"/><a:ea typeface=""/>)"
          R"(<a:cs typeface="@COMPLEX@"/><a:font script="Deva" typeface="@COMPLEX@"/>)";
    fonts.replace("@LATIN@", latin.toHtmlEscaped().toUtf8());
    fonts.replace("@COMPLEX@", complex.toHtmlEscaped().toUtf8());
    QByteArray xml = QByteArray(xmlHeader)
        + R"(<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="@NAME@">)"
          R"(<a:themeElements><a:clrScheme name="SocialROI">)"
          R"(<a:dk1><a:srgbClr val="1D1D1F"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>)"
          R"(<a:dk2><a:srgbClr val="3C4043"/></a:dk2><a:lt2><a:srgbClr val="EEF1F5"/></a:lt2>)"
          R"(<a:accent1><a:srgbClr val="0072B2"/></a:accent1>)"
          R"(<a:accent2><a:srgbClr val="E69F00"/></a:accent2>)"
          R"(<a:accent3><a:srgbClr val="009E73"/></a:accent3>)"
          R"(<a:accent4><a:srgbClr val="CC79A7"/></a:accent4>)"
          R"(<a:accent5><a:srgbClr val="56B4E9"/></a:accent5>)"
          R"(<a:accent6><a:srgbClr val="D55E00"/></a:accent6>)"
          R"(<a:hlink><a:srgbClr val="0072B2"/></a:hlink><a:folHlink><a:srgbClr val="5F6368"/></a:folHlink>)"
          R"(</a:clrScheme><a:fontScheme name="SocialROI">)"
          R"(<a:majorFont>@FONTS@</a:majorFont><a:minorFont>@FONTS@</a:minorFont>)"
          R"(</a:fontScheme><a:fmtScheme name="SocialROI"><a:fillStyleLst>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(</a:fillStyleLst><a:lnStyleLst>)"
          R"(<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)"
          R"(<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)"
          R"(<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>)"
          R"(</a:lnStyleLst><a:effectStyleLst>)"
          R"(<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>)"
          R"(<a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst><a:bgFillStyleLst>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>)"
          R"(</a:bgFillStyleLst></a:fmtScheme></a:themeElements>)"
          R"(<a:objectDefaults/><a:extraClrSchemeLst/></a:theme>)";
    xml.replace("@FONTS@", fonts);
    xml.replace("@NAME@", name.toUtf8());
    return xml;
}

const char colourMap[]
    = R"(<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" )"
      R"(accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" )"
      R"(folHlink="folHlink"/>)";

const char groupProperties[] = R"(<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/>)"
                               R"(</p:nvGrpSpPr><p:grpSpPr/>)";

// A placeholder shape: `placeholder` is the p:ph element, the rectangle in EMU.
QByteArray placeholder(int id, const char *name, const char *ph, qint64 x, qint64 y, qint64 cx,
                       qint64 cy, const char *anchor = "t")
{
    return QByteArray(R"(<p:sp><p:nvSpPr><p:cNvPr id=")") + QByteArray::number(id) + R"(" name=")"
        + name + R"("/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr>)" + ph
        + R"(</p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x=")" + QByteArray::number(x) + R"(" y=")"
        + QByteArray::number(y) + R"("/><a:ext cx=")" + QByteArray::number(cx) + R"(" cy=")"
        + QByteArray::number(cy)
        + R"("/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>)"
          R"(<p:txBody><a:bodyPr anchor=")"
        + anchor
        + R"(" wrap="square"><a:normAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr/></a:p></p:txBody></p:sp>)";
}

QByteArray textStyle(const char *element, int size, bool bold, const char *font, const char *colour)
{
    return QByteArray("<p:") + element
        + R"(><a:lvl1pPr marL="0" indent="0"><a:buNone/><a:defRPr sz=")"
        + QByteArray::number(size * 100) + R"(" b=")" + (bold ? "1" : "0")
        + R"("><a:solidFill><a:schemeClr val=")" + colour
        + R"("/></a:solidFill><a:latin typeface="+)" + font + R"(-lt"/><a:cs typeface="+)" + font
        + R"(-cs"/></a:defRPr></a:lvl1pPr></p:)" + element + ">";
}

} // namespace

namespace DeckParts {

QString contentType(const char *part)
{
    const QLatin1String name(part);
    if (name == QLatin1String("theme"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.theme+xml");
    if (name == QLatin1String("chart"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    if (name == QLatin1String("xlsx"))
        return QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    if (name == QLatin1String("core"))
        return QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml");
    if (name == QLatin1String("app"))
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    if (name == QLatin1String("presentation"))
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml");
    return QStringLiteral("application/vnd.openxmlformats-officedocument.presentationml.%1+xml")
        .arg(name);
}

Names addDefaults(OpcPackage &package, const QString &latin, const QString &complex)
{
    Names names;
    names.master = QStringLiteral("ppt/slideMasters/slideMaster1.xml");
    names.titleLayout = QStringLiteral("ppt/slideLayouts/slideLayout1.xml");
    names.contentLayout = QStringLiteral("ppt/slideLayouts/slideLayout2.xml");
    names.theme = QStringLiteral("ppt/theme/theme1.xml");

    package.addPart(QStringLiteral("ppt/theme/theme1.xml"), contentType("theme"),
                    theme(QStringLiteral("SocialROI"), latin, complex));

    // Margins of half an inch (457 200 EMU); the title across the top.
    const qint64 margin = 457200;
    const qint64 width = slideWidth - 2 * margin;
    const QByteArray masterXml = QByteArray(xmlHeader) + "<p:sldMaster " + namespaces
        + R"(><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>)"
        + groupProperties
        + placeholder(2, "Title", R"(<p:ph type="title"/>)", margin, 304800, width, 838200, "b")
        + placeholder(3, "Content", R"(<p:ph type="body" idx="1"/>)", margin, 1295400, width,
                      slideHeight - 1295400 - margin)
        + "</p:spTree></p:cSld>" + colourMap
        + R"(<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/>)"
          R"(<p:sldLayoutId id="2147483650" r:id="rId2"/></p:sldLayoutIdLst><p:txStyles>)"
        + textStyle("titleStyle", 30, true, "mj", "tx1")
        + textStyle("bodyStyle", 18, false, "mn", "tx1")
        + textStyle("otherStyle", 14, false, "mn", "tx1") + "</p:txStyles></p:sldMaster>";
    package.addPart(names.master, contentType("slideMaster"), masterXml);
    package.relate(names.master, OpcPackage::relationshipType("slideLayout"),
                   QStringLiteral("../slideLayouts/slideLayout1.xml"));
    package.relate(names.master, OpcPackage::relationshipType("slideLayout"),
                   QStringLiteral("../slideLayouts/slideLayout2.xml"));
    package.relate(names.master, OpcPackage::relationshipType("theme"),
                   QStringLiteral("../theme/theme1.xml"));

    const QByteArray titleLayout = QByteArray(xmlHeader) + "<p:sldLayout " + namespaces
        + R"( type="title" preserve="1"><p:cSld name="Title Slide"><p:spTree>)" + groupProperties
        + placeholder(2, "Title", R"(<p:ph type="ctrTitle"/>)", margin, 2130000, width, 1470000,
                      "b")
        + placeholder(3, "Subtitle", R"(<p:ph type="subTitle" idx="1"/>)", margin, 3750000, width,
                      1750000)
        + R"(</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>)";
    const QByteArray contentLayout = QByteArray(xmlHeader) + "<p:sldLayout " + namespaces
        + R"( type="obj" preserve="1"><p:cSld name="Title and Content"><p:spTree>)"
        + groupProperties
        + placeholder(2, "Title", R"(<p:ph type="title"/>)", margin, 304800, width, 838200, "b")
        + placeholder(3, "Content", R"(<p:ph idx="1"/>)", margin, 1295400, width,
                      slideHeight - 1295400 - margin)
        + R"(</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>)";
    for (const auto &[name, xml] : {std::pair {names.titleLayout, titleLayout},
                                    std::pair {names.contentLayout, contentLayout}}) {
        package.addPart(name, contentType("slideLayout"), xml);
        package.relate(name, OpcPackage::relationshipType("slideMaster"),
                       QStringLiteral("../slideMasters/slideMaster1.xml"));
    }

    return names;
}

QString addNotesMaster(OpcPackage &package, const QString &latin, const QString &complex)
{
    // Named so as not to meet a template's own parts.
    const QString name = QStringLiteral("ppt/notesMasters/socialroiNotesMaster.xml");
    package.addPart(QStringLiteral("ppt/theme/notesTheme.xml"), contentType("theme"),
                    theme(QStringLiteral("SocialROI notes"), latin, complex));
    // Portrait notes pages: the slide's picture above, the notes below.
    const QByteArray notesMaster = QByteArray(xmlHeader) + "<p:notesMaster " + namespaces
        + R"(><p:cSld><p:spTree>)" + groupProperties
        + placeholder(2, "Slide Image", R"(<p:ph type="sldImg"/>)", 381000, 685800, 6096000,
                      3429000)
        + placeholder(3, "Notes", R"(<p:ph type="body" idx="1"/>)", 685800, 4343400, 5486400,
                      4114800)
        + "</p:spTree></p:cSld>" + colourMap + "</p:notesMaster>";
    package.addPart(name, contentType("notesMaster"), notesMaster);
    package.relate(name, OpcPackage::relationshipType("theme"),
                   QStringLiteral("../theme/notesTheme.xml"));
    return name;
}

QString relativeTarget(const QString &folder, const QString &part)
{
    QString from = folder;
    QString to = part;
    // Drop the folders both share, then climb out of the rest of `folder`.
    while (true) {
        const qsizetype fromSlash = from.indexOf(u'/');
        const qsizetype toSlash = to.indexOf(u'/');
        if (fromSlash < 0 || toSlash < 0 || from.left(fromSlash) != to.left(toSlash))
            break;
        from = from.mid(fromSlash + 1);
        to = to.mid(toSlash + 1);
    }
    return QStringLiteral("../").repeated(int(from.count(u'/'))) + to;
}

} // namespace DeckParts
