import TerminalUI

extension App {
    /// The model drawn on a screen of `size`: the screen, then any overlay and banner. Below
    /// `minimumSize` only a "too small" note is drawn. Pure and cheap: it reads the model only.
    public static func view(_ model: AppModel, size: Size) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(size: size, into: &buffer)
            return buffer
        }
        switch model.screen {
        case .home: drawHome(model, into: &buffer)
        case .session: drawSession(model, into: &buffer)
        case .summary: drawSummary(model, into: &buffer)
        case .stats(let scroll):
            if let stats = model.stats { buffer = StatsPage.render(stats, size: size, scroll: scroll) }
        case .browser:
            if let browser = model.browser { buffer = browser.render(size: size, banner: model.banner) }
        }
        switch model.overlay {
        case .help: drawHelp(model, into: &buffer)
        case .phasePicker(let selected): drawPhasePicker(model, selected: selected, into: &buffer)
        case .statsUnavailable: drawNote(title: "Stats", lines: ["Stats: run `recall stats`", "", "Any key closes this"], into: &buffer)
        case .cardInfo(let info):
            let recall = model.predictedRecall?(info.position)
            buffer = info.render(
                library: model.library, replay: model.replay, size: size, banner: model.banner, predictedRecall: recall)
        case nil: break
        }
        return buffer
    }

    /// "Terminal too small", what it is and what is needed, centred.
    static func drawTooSmall(size: Size, into buffer: inout ScreenBuffer) {
        let text = "Terminal too small: \(size.width)×\(size.height), needs \(minimumSize.width)×\(minimumSize.height)"
        let lines = text.wrapped(width: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        buffer.render(TextBlock(text, alignment: .center), in: Rect(x: 0, y: top, width: size.width, height: size.height - top))
    }

    /// The banner (error or hint) in the rows just above the footer, wrapped to at most `maxRows`
    /// rows; returns the rows used.
    @discardableResult
    static func drawBanner(_ banner: Banner?, bottom: Int, area: Rect, maxRows: Int = 3, into buffer: inout ScreenBuffer) -> Int {
        guard let banner else { return 0 }
        var lines = banner.text.wrapped(width: area.width)
        if lines.count > maxRows { lines = Array(lines.prefix(maxRows)) }
        let style: Style
        switch banner {
        case .error: style = Style(bold: true, reverse: true, foreground: .red)
        case .hint: style = Style(dim: false, foreground: .yellow)
        }
        let top = bottom - lines.count + 1
        for (index, line) in lines.enumerated() {
            let y = top + index
            if case .error = banner { buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style) }
            buffer.put(line, x: area.x, y: y, style: style, maxWidth: area.width)
        }
        return lines.count
    }

    /// A centred box with a title and lines of text.
    static func drawNote(title: String, lines: [String], into buffer: inout ScreenBuffer) {
        let area = buffer.area
        let width = min(area.width - 2, max(title.displayWidth + 6, (lines.map(\.displayWidth).max() ?? 0) + 4))
        let box = area.centered(width: width, height: lines.count + 2)
        buffer.render(Box(title: title), in: box)
        let inner = Box.inner(box).inset(horizontal: 1)
        for (row, line) in lines.enumerated() {
            buffer.put(line.truncated(width: inner.width), x: inner.x, y: inner.y + row, maxWidth: inner.width)
        }
    }
}
