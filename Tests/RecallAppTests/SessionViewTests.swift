import Testing
import TerminalUI
import RecallApp

/// The card screen drawn at 80×24 and at the minimum size, line by line.
@Suite struct SessionViewTests {
    @Test func frontAt80x24() {
        let driver = Driver(Fixture.model(.review))
        let lines = driver.lines()
        #expect(lines.count == 24)
        #expect(lines[0] == " Recall · daily review" + spaces(33) + "0/3  ░░░░░░░░░░░░░░   0%")
        #expect(lines[1] == " Test Deck › Math › Calculus" + spaces(27) + "new · MATH-011 · formula")
        #expect(lines[2] == "")
        #expect(lines[3] == spaces(30) + "Chain Rule: formula?")
        #expect(lines[4...22].allSatisfy { $0.isEmpty })
        #expect(lines[23] == " Space reveal  u undo  e edit  ? help  q quit")
    }

    @Test func revealedAt80x24ShowsTheBackAndTheGradePreview() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.space)
        let lines = driver.lines()
        #expect(lines[3] == spaces(30) + "Chain Rule: formula?")
        #expect(lines[5] == " " + String(repeating: "─", count: 78))
        #expect(lines[6] == spaces(26) + "d/dx f(g(x)) = f'(g(x))g'(x)")
        #expect(lines[8] == spaces(7) + "Notes     Backpropagation foundation")
        #expect(lines[9] == spaces(7) + "Resource  https://example.com/chain")
        #expect(lines[22] == spaces(10) + "0–2 → 1d  ·  3 → 1d, EF 2.36  ·  4 → 1d  ·  5 → 1d, EF 2.60")
        // Every key, `? help` included, fits at 80 columns: the grades go compact.
        #expect(lines[23] == " 0 1 2 → 1d  3 4 5 → 1d  u undo  e edit  ? help  q quit")
    }

    @Test func gradientFormulaIsDrawnIntact() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4 ")
        let buffer = App.view(driver.model, size: Size(width: 80, height: 24))
        #expect(buffer.trimmedLines[3] == spaces(31) + "Gradient: formula?")
        #expect(buffer.trimmedLines[6] == spaces(28) + "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        // Every character of the formula sits in a cell of its own, nothing merged or cut.
        let row = (28..<52).map { buffer[$0, 6] }
        #expect(String(row.map(\.character)) == "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
        #expect(row.allSatisfy { !$0.isContinuation })
        #expect(buffer.lines.allSatisfy { $0.displayWidth == 80 })

        let small = App.view(driver.model, size: App.minimumSize).trimmedLines
        #expect(small[6] == spaces(8) + "∇f = [∂f/∂x₁ ... ∂f/∂xₙ]")
    }

    @Test func atTheMinimumSizeEveryGradeKeyStays() {
        var driver = Driver(Fixture.model(.review))
        #expect(driver.lines(40, 10) == [
            " Recall · daily review  0/3  ░░░░░   0%",
            " … › Calculus  new · MATH-011 · formula",
            "",
            "          Chain Rule: formula?",
            "", "", "", "", "",
            " Space reveal  u undo  ? help  q quit",
        ])
        driver.press(.space)
        #expect(driver.lines(40, 10) == [
            " Recall · daily review  0/3  ░░░░░   0%",
            " … › Calculus  new · MATH-011 · formula",
            "",
            "          Chain Rule: formula?",
            "",
            " " + String(repeating: "─", count: 38),
            "      d/dx f(g(x)) = f'(g(x))g'(x)",
            // The fields do not fit: the card scrolls, and says where the view is.
            spaces(30) + "▼ 5/7 j/k",
            "     EF after 3/4/5: 2.36/2.50/2.60",
            " 0 1 2 → 1d  3 4 5 → 1d  ? help  q quit",
        ])
    }

    @Test func tooSmallShowsANoteUntilItGrows() {
        let driver = Driver(Fixture.model(.review))
        let lines = driver.lines(30, 8)
        #expect(lines.filter { !$0.isEmpty }.map { $0.trimmingSpaces } == ["Terminal too small: 30×8,", "needs 40×10"])
        #expect(driver.lines(39, 24).joined().contains("Terminal too small: 39×24"))
        #expect(driver.lines(40, 10)[3] == "          Chain Rule: formula?")
    }

    @Test func cjkTextWrapsWithoutCuttingACharacter() {
        var driver = Driver(Fixture.model(.review))
        driver.type(" 4 5")
        for size in [Size(width: 80, height: 24), App.minimumSize] {
            let buffer = App.view(driver.model, size: size)
            let lines = buffer.trimmedLines
            #expect(lines[1].hasSuffix("new · Q-CJK · question"))
            let front = lines[3..<6].map(\.trimmingSpaces).joined()
            #expect(front == "什么是梯度下降？它如何在神经网络的训练过程中一步一步地更新每一个参数以减小损失函数的值？")
            for y in 0..<buffer.height {
                for x in 0..<buffer.width where buffer[x, y].isContinuation {
                    #expect(x > 0 && buffer[x - 1, y].character.displayWidth == 2)
                }
            }
        }
        #expect(driver.lines()[3] == spaces(3) + "什么是梯度下降？它如何在神经网络的训练过程中一步一步地更新每一个参数以减小")
        #expect(driver.lines()[4] == spaces(33) + "损失函数的值？")
        #expect(driver.lines(40, 10)[3] == spaces(3) + "什么是梯度下降？它如何在神经网络的")
    }

    @Test func cramAndDrillsSayTheScheduleIsUnchanged() {
        var cram = Driver(Fixture.model(.cram(phase: "Math", order: .deck)))
        #expect(cram.lines()[0].hasPrefix(" Recall · cram Math"))
        #expect(cram.lines()[0].hasSuffix("0/4  ░░░░░░░░░░░░░░   0%"))
        cram.press(.space)
        #expect(cram.lines()[22] == spaces(28) + "cram: schedule unchanged")
        #expect(cram.lines()[23] == " 0 1 2 fail  3 4 5 pass  u undo  e edit  ? help  q quit")

        var review = Driver(Fixture.model(.review))
        review.type(" 2 4 5")  // MATH-011 graded 2 comes back after the others
        #expect(review.lines()[1].hasSuffix("drill · MATH-011 · formula"))
        review.press(.space)
        #expect(review.lines()[22] == spaces(12) + "drill: schedule unchanged (graded below 4 earlier today)")
    }

    @Test func keyPressToFrameIsCheap() {
        var driver = Driver(Fixture.model(.review))
        driver.press(.space)
        let clock = ContinuousClock()
        let rounds = 200
        let elapsed = clock.measure {
            for _ in 0..<rounds {
                let (model, _) = App.update(driver.model, .key(.character("?"), at: Fixture.instant(1)))
                _ = App.view(model, size: Size(width: 80, height: 24))
            }
        }
        #if DEBUG
        let budget = Duration.milliseconds(20)
        #else
        let budget = Duration.milliseconds(1)
        #endif
        #expect(elapsed / rounds < budget)
    }
}

extension String {
    var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
