CREATE TABLE `assessment_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assessment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`actor_id` integer,
	`at` integer NOT NULL,
	`domain_id` text,
	`reason` text,
	`answers_hash` text,
	`overall_score` real,
	`overall_level` integer,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`actor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assessment_events_assessment` ON `assessment_events` (`assessment_id`,`at`);--> statement-breakpoint
CREATE TABLE `domain_assignments` (
	`assessment_id` integer NOT NULL,
	`domain_id` text NOT NULL,
	`user_id` integer NOT NULL,
	`assigned_by` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`assessment_id`, `domain_id`, `user_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `domain_assignments_user` ON `domain_assignments` (`user_id`);--> statement-breakpoint
CREATE TABLE `domain_reviews` (
	`assessment_id` integer NOT NULL,
	`domain_id` text NOT NULL,
	`ready_by` integer,
	`ready_at` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `domain_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ready_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `targets` (
	`assessment_id` integer NOT NULL,
	`node_id` text NOT NULL,
	`kind` text NOT NULL,
	`target` integer NOT NULL,
	`set_by` integer,
	`set_at` integer NOT NULL,
	PRIMARY KEY(`assessment_id`, `node_id`),
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`set_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
