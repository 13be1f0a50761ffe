import CourseKit
