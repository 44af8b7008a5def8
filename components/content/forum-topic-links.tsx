'use client';

import { NavLink } from '@/components/ui/nav-link';

export type TopicLink = { id: number; href: string; title: string; meta: string };

/** The Page tab's latest forum topics (ForumBlock, ./forum-block.tsx): a client component for page weight, its links as data (issue 13). */
export function ForumTopicLinks({ topics }: { topics: TopicLink[] }) {
  return (
    <ul className="flex flex-col gap-2" data-testid="forum-block">
      {topics.map((topic) => (
        <li key={topic.id} className="flex flex-col">
          <NavLink href={topic.href} className="text-sky-800 underline">
            {topic.title}
          </NavLink>
          <span className="text-xs text-neutral-600">{topic.meta}</span>
        </li>
      ))}
    </ul>
  );
}
