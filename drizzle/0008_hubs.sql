ALTER TABLE `cohort_members` RENAME TO `hub_members`;--> statement-breakpoint
ALTER TABLE `cohort_requests` RENAME TO `hub_requests`;--> statement-breakpoint
ALTER TABLE `cohorts` RENAME TO `hubs`;--> statement-breakpoint
ALTER TABLE `hub_members` RENAME COLUMN "cohort_id" TO "hub_id";--> statement-breakpoint
ALTER TABLE `hub_requests` RENAME COLUMN "cohort_id" TO "hub_id";--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_hub_members` (
	`hub_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`hub_id`, `organisation_id`),
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_hub_members`("hub_id", "organisation_id", "created_at") SELECT "hub_id", "organisation_id", "created_at" FROM `hub_members`;--> statement-breakpoint
DROP TABLE `hub_members`;--> statement-breakpoint
ALTER TABLE `__new_hub_members` RENAME TO `hub_members`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `hub_members_organisation` ON `hub_members` (`organisation_id`);--> statement-breakpoint
CREATE TABLE `__new_hub_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hub_id` integer NOT NULL,
	`organisation_id` integer NOT NULL,
	`requested_by` integer,
	`message` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`organisation_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
INSERT INTO `__new_hub_requests`("id", "hub_id", "organisation_id", "requested_by", "message", "status", "decided_by", "decided_at", "created_at") SELECT "id", "hub_id", "organisation_id", "requested_by", "message", "status", "decided_by", "decided_at", "created_at" FROM `hub_requests`;--> statement-breakpoint
DROP TABLE `hub_requests`;--> statement-breakpoint
ALTER TABLE `__new_hub_requests` RENAME TO `hub_requests`;--> statement-breakpoint
CREATE INDEX `hub_requests_hub` ON `hub_requests` (`hub_id`,`status`);--> statement-breakpoint
DROP INDEX `cohorts_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `hubs_slug_unique` ON `hubs` (`slug`);--> statement-breakpoint
ALTER TABLE `coordinator_assignments` RENAME COLUMN "cohort_id" TO "hub_id";--> statement-breakpoint
CREATE TABLE `__new_coordinator_assignments` (
	`user_id` integer NOT NULL,
	`hub_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`user_id`, `hub_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`hub_id`) REFERENCES `hubs`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_coordinator_assignments`("user_id", "hub_id", "created_at") SELECT "user_id", "hub_id", "created_at" FROM `coordinator_assignments`;--> statement-breakpoint
DROP TABLE `coordinator_assignments`;--> statement-breakpoint
ALTER TABLE `__new_coordinator_assignments` RENAME TO `coordinator_assignments`;--> statement-breakpoint
CREATE INDEX `coordinator_assignments_hub` ON `coordinator_assignments` (`hub_id`);--> statement-breakpoint
-- One word for one concept: the audit log's entries about hubs say so too.
UPDATE `audit_log` SET `action` = 'hub.' || substr(`action`, 8) WHERE `action` LIKE 'cohort.%';--> statement-breakpoint
UPDATE `audit_log` SET `target_type` = 'hub' WHERE `target_type` = 'cohort';
