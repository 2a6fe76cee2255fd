-- Protocols as data: built-in templates (community_id NULL) and communities' own.
CREATE SEQUENCE protocol_template_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE meeting_transition_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE contribution_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE protocol_template (
    id            BIGINT        NOT NULL PRIMARY KEY,
    community_id  BIGINT        REFERENCES community (id) ON DELETE CASCADE,
    code          VARCHAR(40),
    name          VARCHAR(120)  NOT NULL,
    description   VARCHAR(2000),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX protocol_template_community ON protocol_template (community_id);

CREATE TABLE protocol_phase (
    template_id   BIGINT        NOT NULL REFERENCES protocol_template (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    instructions  VARCHAR(2000),
    minutes       INTEGER       NOT NULL,
    speakers      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (template_id, position)
);

-- A meeting keeps its own copy of the protocol, and the state of its live run.
ALTER TABLE meeting ADD COLUMN protocol_name VARCHAR(120);
ALTER TABLE meeting ADD COLUMN presenter_id BIGINT REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE meeting ADD COLUMN problem_title VARCHAR(200);
ALTER TABLE meeting ADD COLUMN problem_context VARCHAR(6000);
ALTER TABLE meeting ADD COLUMN problem_question VARCHAR(1000);
ALTER TABLE meeting ADD COLUMN problem_links VARCHAR(4000);
ALTER TABLE meeting ADD COLUMN phase_index INTEGER NOT NULL DEFAULT -1;
ALTER TABLE meeting ADD COLUMN phase_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN phase_planned_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN paused_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN paused_seconds INTEGER NOT NULL DEFAULT 0;
ALTER TABLE meeting ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE meeting ADD COLUMN ended_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE meeting_phase (
    meeting_id    BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position      INTEGER       NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    title         VARCHAR(120)  NOT NULL,
    instructions  VARCHAR(2000),
    minutes       INTEGER       NOT NULL,
    speakers      VARCHAR(20)   NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_facilitator (
    meeting_id    BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    account_id    BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, account_id)
);

CREATE TABLE meeting_transition (
    id            BIGINT       NOT NULL PRIMARY KEY,
    meeting_id    BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    action        VARCHAR(20)  NOT NULL,
    from_phase    INTEGER      NOT NULL,
    to_phase      INTEGER      NOT NULL,
    actor_id      BIGINT       REFERENCES account (id) ON DELETE SET NULL,
    happened_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX meeting_transition_meeting ON meeting_transition (meeting_id, happened_at);

CREATE TABLE meeting_attendance (
    meeting_id       BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    account_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    first_joined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, account_id)
);

-- Everything people say in a meeting: questions, answers, replies, recommendations, reflections, takeaways, notes.
CREATE TABLE contribution (
    id              BIGINT        NOT NULL PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    phase_index     INTEGER       NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    question_type   VARCHAR(20),
    author_id       BIGINT        REFERENCES account (id) ON DELETE SET NULL,
    body            VARCHAR(2000) NOT NULL,
    parent_id       BIGINT        REFERENCES contribution (id) ON DELETE CASCADE,
    answer          VARCHAR(2000),
    held            BOOLEAN       NOT NULL DEFAULT FALSE,
    answered        BOOLEAN       NOT NULL DEFAULT FALSE,
    merged_into_id  BIGINT        REFERENCES contribution (id) ON DELETE SET NULL,
    picked          BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX contribution_meeting ON contribution (meeting_id, phase_index, created_at);

CREATE TABLE contribution_vote (
    contribution_id  BIGINT NOT NULL REFERENCES contribution (id) ON DELETE CASCADE,
    account_id       BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (contribution_id, account_id)
);

-- The built-in templates of DESIGN.md §2 (ids below the sequences' start).
INSERT INTO protocol_template (id, community_id, code, name, description, created_at, version) VALUES
 (1, NULL, 'consultancy', 'Consultancy (as our communities run it)',
  'A presenter brings a problem of practice; the group asks clarifying questions, researches it in breakouts through curated lenses, and recommends; the presenter reflects.',
  TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0),
 (2, NULL, 'consultancy-classic', 'Consultancy (classic)',
  'The classic protocol: overview, clarifying and probing questions, a discussion while the presenter listens, the presenter''s response, debrief.',
  TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0),
 (3, NULL, 'chat', 'Chat (#edchat format)',
  'Welcome and introductions, then questions Q1, Q2, Q3 released one by one; participants answer A1, A2, A3, reply and like.',
  TIMESTAMP WITH TIME ZONE '2026-11-23 00:00:00+00', 0);

INSERT INTO protocol_phase (template_id, position, kind, title, instructions, minutes, speakers) VALUES
 (1, 0, 'PRESENTATION', 'Problem presentation', 'The presenter describes the problem of practice and the framing question. Everyone listens.', 10, 'PRESENTER'),
 (1, 1, 'QUESTIONS', 'Clarifying questions', 'Ask brief, factual questions ("How many students?"). Save questions that push the presenter''s thinking for later.', 5, 'EVERYONE'),
 (1, 2, 'BREAKOUT', 'Breakout research', 'In your group, research the problem through your lens: articles, research, classroom resources. Note what you find.', 20, 'EVERYONE'),
 (1, 3, 'RECOMMENDATIONS', 'Recommendations', 'Share what your group recommends. +1 the ideas you find strongest. The presenter marks the ones to try.', 15, 'EVERYONE'),
 (1, 4, 'REFLECTION', 'Presenter reflection', 'The presenter reflects on what they heard and what they will try.', 5, 'PRESENTER'),
 (1, 5, 'DEBRIEF', 'Debrief', 'How did the protocol work for us? Leave a one-line takeaway.', 5, 'EVERYONE'),
 (2, 0, 'PRESENTATION', 'Presenter overview', 'The presenter gives an overview of the dilemma and the focus question.', 10, 'PRESENTER'),
 (2, 1, 'QUESTIONS', 'Clarifying questions', 'Brief, factual questions the presenter can answer quickly.', 5, 'EVERYONE'),
 (2, 2, 'QUESTIONS', 'Probing questions', 'Questions that help the presenter think more deeply about the dilemma.', 10, 'EVERYONE'),
 (2, 3, 'DISCUSSION', 'Discussion (presenter silent)', 'The group discusses the dilemma while the presenter listens and takes notes.', 15, 'GROUP'),
 (2, 4, 'REFLECTION', 'Presenter response', 'The presenter responds to what struck them in the discussion.', 5, 'PRESENTER'),
 (2, 5, 'DEBRIEF', 'Debrief', 'Reflect on the process. Leave a one-line takeaway.', 5, 'EVERYONE'),
 (3, 0, 'DISCUSSION', 'Welcome and introductions', 'Say hello: your name, where you teach, and what you teach.', 5, 'EVERYONE'),
 (3, 1, 'PROMPT', 'Q1', 'What does reading stamina look like in your classroom?', 7, 'EVERYONE'),
 (3, 2, 'PROMPT', 'Q2', 'Which routines have helped students build stamina?', 7, 'EVERYONE'),
 (3, 3, 'PROMPT', 'Q3', 'What will you try this month?', 7, 'EVERYONE'),
 (3, 4, 'DEBRIEF', 'Closing', 'Thank you! Leave a one-line takeaway and follow someone new.', 4, 'EVERYONE');
