enum RecallAppPlaceholder {}
