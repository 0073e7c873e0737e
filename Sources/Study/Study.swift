enum StudyPlaceholder {}
