#include "kiosk/VerdictView.h"

namespace passgate {

void VerdictView::show(Content content)
{
    m_content = std::move(content);
    ++m_serial;
    Q_EMIT changed();
}

void VerdictView::clear()
{
    if (m_content.kind == Kind::None)
        return;
    m_content = {};
    Q_EMIT changed();
}

} // namespace passgate
