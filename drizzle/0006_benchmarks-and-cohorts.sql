CREATE TABLE `cohort_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cohort_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`requested_by` integer,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `cohort_requests_cohort` ON `cohort_requests` (`cohort_id`,`status`);--> statement-breakpoint
CREATE TABLE `good_practice` (
	`organisation_id` integer NOT NULL,
	`domain_id` text NOT NULL,
	`opted_in_by` integer,
	`opted_in_at` integer NOT NULL,
	PRIMARY KEY(`organisation_id`, `domain_id`),
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`opted_in_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `assessments_questionnaire_cycle` ON `assessments` (`questionnaire_id`,`cycle`,`status`);--> statement-breakpoint
CREATE INDEX `score_snapshots_benchmark` ON `score_snapshots` (`assessment_id`,`depth`,`node_id`,`score`,`level`);