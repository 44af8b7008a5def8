import { getTranslations } from 'next-intl/server';
import type { ComponentProps } from 'react';
import { FORUM_POST_MAX } from '@/lib/content/forum/limits';
import { PostEditor } from './post-editor';

/** A reply to a topic, or (with `post`) its author's edit: PostEditor with its words. */
export async function PostForm(props: Omit<ComponentProps<typeof PostEditor>, 'labels'>) {
  const t = await getTranslations('Forum');
  const labels = {
    field: props.post ? t('post_text') : t('reply'),
    hint: t('post_hint', { max: FORUM_POST_MAX }),
    submit: props.post ? t('save_post') : t('send_post'),
    sending: t('sending'),
  };
  return <PostEditor {...props} labels={labels} />;
}
