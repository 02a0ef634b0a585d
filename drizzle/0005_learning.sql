CREATE TABLE `check_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`module_id` text NOT NULL,
	`score` real NOT NULL,
	`passed` integer NOT NULL,
	`answers` text NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `check_attempts_user_module` ON `check_attempts` (`user_id`,`module_id`);--> statement-breakpoint
CREATE TABLE `module_progress` (
	`user_id` integer NOT NULL,
	`module_id` text NOT NULL,
	`status` text NOT NULL,
	`started_at` integer NOT NULL,
	`completed_at` integer,
	`best_score` real,
	PRIMARY KEY(`user_id`, `module_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `module_progress_module` ON `module_progress` (`module_id`);