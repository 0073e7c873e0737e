/// A block of text lines, all `width` cells wide, with the row that lines up with the text around it.
struct Box {
    var lines: [String]
    var width: Int
    var baseline: Int

    var height: Int { lines.count }
}

/// Draws display maths in two dimensions: fractions stacked over a rule, limits below and above
/// `Σ`, `Π`, `max`, `lim`, matrices and tall groups in tall brackets. Everything else is drawn
/// as `InlineLayout` draws it. Widths come from `measure`, the cells one character takes.
struct BoxLayout {
    let measure: (Character) -> Int

    func width(_ text: String) -> Int {
        var total = 0
        for character in text { total += measure(character) }
        return total
    }

    func text(_ string: String) -> Box {
        Box(lines: [string], width: width(string), baseline: 0)
    }

    func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }

    /// A list laid out left to right on a common baseline.
    func box(_ nodes: [MathNode]) -> Box {
        var boxes: [Box] = []
        for item in InlineLayout.items(nodes) {
            if item.spaceBefore { boxes.append(text(" ")) }
            boxes.append(box(item.node))
        }
        return beside(boxes)
    }

    /// Boxes side by side, baselines aligned.
    func beside(_ boxes: [Box]) -> Box {
        guard boxes.contains(where: { $0.height > 1 }) else {
            var line = ""
            var total = 0
            for box in boxes {
                line += box.lines.first ?? ""
                total += box.width
            }
            return Box(lines: [line], width: total, baseline: 0)
        }
        let above = boxes.map(\.baseline).max() ?? 0
        let below = boxes.map { $0.height - $0.baseline - 1 }.max() ?? 0
        var lines = Array(repeating: "", count: above + below + 1)
        var total = 0
        for box in boxes {
            let top = above - box.baseline
            for row in lines.indices {
                let inside = row - top
                lines[row] += inside >= 0 && inside < box.height ? box.lines[inside] : spaces(box.width)
            }
            total += box.width
        }
        return Box(lines: lines, width: total, baseline: above)
    }

    /// `box`'s lines centred in `width` cells.
    func centred(_ box: Box, in width: Int) -> [String] {
        let left = (width - box.width) / 2
        let right = width - box.width - left
        return box.lines.map { spaces(left) + $0 + spaces(right) }
    }

    /// Boxes stacked, each centred; `baseline` is the row of the result that lines up.
    func stacked(_ boxes: [Box], baseline: Int) -> Box {
        let width = boxes.map(\.width).max() ?? 0
        return Box(lines: boxes.flatMap { centred($0, in: width) }, width: width, baseline: baseline)
    }

    func box(_ node: MathNode) -> Box {
        switch node {
        case .fraction(let numerator, let denominator):
            let top = box(numerator)
            let bottom = box(denominator)
            let width = max(top.width, bottom.width) + 2
            let rule = Box(lines: [String(repeating: "─", count: width)], width: width, baseline: 0)
            return stacked([top, rule, bottom], baseline: top.height)
        case .binomial(let top, let bottom):
            let inner = stacked([box(top), box(bottom)], baseline: 0)
            return delimited(inner, "(", ")")
        case .group(let inner):
            return box(inner)
        case .scripted(let base, let sub, let sup):
            return scripted(base, sub: sub, sup: sup, whole: node)
        case .fenced(let open, let inner, let close):
            let content = box(inner)
            guard content.height > 1 else { return text(InlineLayout.draw([node])) }
            return delimited(content, open, close)
        case .root(let radicand, _):
            let content = box(radicand)
            guard content.height > 1 else { return text(InlineLayout.draw([node])) }
            var sign = Box(lines: Array(repeating: " ", count: content.height), width: 1, baseline: content.baseline)
            sign.lines[content.baseline] = InlineLayout.rootSign(nil)
            return beside([sign, delimited(content, "(", ")")])
        case .matrix(let rows, let open, let close):
            return matrix(rows, open: open, close: close, node: node)
        default:
            return text(InlineLayout.draw([node]))
        }
    }

    private func scripted(_ base: MathNode, sub: [MathNode]?, sup: [MathNode]?, whole: MathNode) -> Box {
        if case .atom(_, let atomClass) = base, atomClass == .largeOperator || atomClass == .limitFunction {
            var parts: [Box] = []
            if let sup { parts.append(box(sup)) }
            parts.append(box(base))
            if let sub { parts.append(box(sub)) }
            return stacked(parts, baseline: sup == nil ? 0 : parts[0].height)
        }
        let baseBox = box(base)
        guard baseBox.height > 1 else { return text(InlineLayout.draw([whole])) }
        let supText = sup.map { InlineLayout.script($0, superscript: true) } ?? ""
        let subText = sub.map { InlineLayout.script($0, superscript: false) } ?? ""
        let columnWidth = max(width(supText), width(subText))
        var column = Array(repeating: spaces(columnWidth), count: baseBox.height)
        column[0] = supText + spaces(columnWidth - width(supText))
        if !subText.isEmpty {
            column[baseBox.height - 1] = subText + spaces(columnWidth - width(subText))
        }
        return beside([baseBox, Box(lines: column, width: columnWidth, baseline: baseBox.baseline)])
    }

    private func matrix(_ rows: [[[MathNode]]], open: String, close: String, node: MathNode) -> Box {
        let cells = rows.map { $0.map { box($0) } }
        let columns = cells.map(\.count).max() ?? 0
        guard columns > 0 else { return text(InlineLayout.draw([node])) }
        var widths = Array(repeating: 0, count: columns)
        for row in cells {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.width) }
        }
        let leftAligned = open == "{" && close.isEmpty
        var lines: [String] = []
        for row in cells {
            var padded: [Box] = []
            for index in 0..<columns {
                let cell = index < row.count ? row[index] : text("")
                let spare = widths[index] - cell.width
                let left = leftAligned ? 0 : spare / 2
                let lines = cell.lines.map { spaces(left) + $0 + spaces(spare - left) }
                if index > 0 { padded.append(text(leftAligned ? "  " : "  ")) }
                padded.append(Box(lines: lines, width: widths[index], baseline: cell.baseline))
            }
            lines.append(contentsOf: beside(padded).lines)
        }
        let total = widths.reduce(0, +) + 2 * (columns - 1)
        let inner = Box(lines: lines, width: total, baseline: (lines.count - 1) / 2)
        guard inner.height > 1 else { return text(InlineLayout.draw([node])) }
        return delimited(inner, open, close)
    }

    /// `content` between delimiters as tall as it is.
    func delimited(_ content: Box, _ open: String, _ close: String) -> Box {
        let left = tall(open, height: content.height, baseline: content.baseline, opening: true)
        let right = tall(close, height: content.height, baseline: content.baseline, opening: false)
        var parts: [Box] = []
        if let left { parts.append(left) }
        parts.append(content)
        if let right { parts.append(right) }
        return beside(parts)
    }

    /// A delimiter drawn over `height` rows, nil for none.
    func tall(_ delimiter: String, height: Int, baseline: Int, opening: Bool) -> Box? {
        guard !delimiter.isEmpty else { return nil }
        guard height > 1 else { return text(delimiter) }
        let pieces: (String, String, String)?
        switch delimiter {
        case "(": pieces = ("⎛", "⎜", "⎝")
        case ")": pieces = ("⎞", "⎟", "⎠")
        case "[": pieces = ("⎡", "⎢", "⎣")
        case "]": pieces = ("⎤", "⎥", "⎦")
        case "⌈": pieces = ("⎡", "⎢", "⎢")
        case "⌉": pieces = ("⎤", "⎥", "⎥")
        case "⌊": pieces = ("⎢", "⎢", "⎣")
        case "⌋": pieces = ("⎥", "⎥", "⎦")
        case "|": pieces = ("│", "│", "│")
        case "‖": pieces = ("‖", "‖", "‖")
        case "{", "}":
            let isOpen = delimiter == "{"
            var lines = Array(repeating: "⎪", count: height)
            lines[0] = isOpen ? "⎧" : "⎫"
            lines[height - 1] = isOpen ? "⎩" : "⎭"
            if height >= 3 { lines[height / 2] = isOpen ? "⎨" : "⎬" }
            return Box(lines: lines, width: 1, baseline: baseline)
        default: pieces = nil
        }
        guard let (top, middle, bottom) = pieces else {
            var lines = Array(repeating: spaces(width(delimiter)), count: height)
            lines[baseline] = delimiter
            return Box(lines: lines, width: width(delimiter), baseline: baseline)
        }
        var lines = Array(repeating: middle, count: height)
        lines[0] = top
        lines[height - 1] = bottom
        return Box(lines: lines, width: width(middle), baseline: baseline)
    }
}
