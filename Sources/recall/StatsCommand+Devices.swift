extension StatsCommand {
    /// The "Devices" section for a log folder: the answers that stand per device, this one marked.
    static func deviceText(_ devices: [(device: String, answers: Int)], thisDevice: String) -> String {
        var text = "\nDevices\n"
        if devices.isEmpty { return text + "  nothing yet\n" }
        let nameWidth = devices.map(\.device.count).max() ?? 0
        let countWidth = devices.map { String($0.answers).count }.max() ?? 0
        for (device, answers) in devices {
            let name = device + String(repeating: " ", count: nameWidth - device.count)
            let count = String(repeating: " ", count: countWidth - String(answers).count) + String(answers)
            text += "  \(name)  \(count) \(answers == 1 ? "answer" : "answers")"
            text += device == thisDevice ? " (this device)\n" : "\n"
        }
        return text
    }
}
