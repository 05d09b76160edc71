import { useRef, useState } from 'react';
import { Combobox, Group, Kbd, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDebounced } from '@/lib/use-debounced';
import type { SearchHit } from '@/api/types';
import { useSearch } from '../api/search';

export const hitPath = (hit: Pick<SearchHit, 'kind' | 'id'>) =>
  hit.kind === 'customer' ? `/customers/${hit.id}` : `/persons/${hit.id}`;

/**
 * The global search: `/` focuses it from anywhere (except while typing in a field), results
 * appear as you type; ArrowUp/ArrowDown move, Enter opens (or, with nothing selected, opens the
 * full results page), Escape closes.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  // Mirrors Mantine's keyboard selection so the options can carry aria-selected.
  const [selectedIndex, setSelectedIndex] = useState(-1);
  const q = useDebounced(value.trim(), 200);
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSelectedIndex(-1);
    },
  });
  const { data, isFetching } = useSearch({ q, pageSize: 10 });

  useHotkeys([['/', () => inputRef.current?.focus()]]);

  const hits = q ? (data?.items ?? []) : [];

  const open = (hit: SearchHit) => {
    combobox.closeDropdown();
    setValue('');
    inputRef.current?.blur();
    navigate(hitPath(hit));
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(val) => {
        const hit = hits.find((h) => `${h.kind}:${h.id}` === val);
        if (hit) open(hit);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          ref={inputRef}
          type="search"
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          value={value}
          w={{ base: 200, sm: 380 }}
          rightSection={isFetching ? <Loader size="xs" /> : <Kbd size="xs">/</Kbd>}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            combobox.openDropdown();
            combobox.resetSelectedOption();
            setSelectedIndex(-1);
          }}
          onKeyUp={() => setSelectedIndex(combobox.getSelectedOptionIndex())}
          onFocus={() => value && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (!combobox.dropdownOpened || combobox.getSelectedOptionIndex() === -1)) {
              e.preventDefault();
              if (value.trim()) {
                combobox.closeDropdown();
                navigate(`/search?q=${encodeURIComponent(value.trim())}`);
              }
            }
            if (e.key === 'Escape') inputRef.current?.blur();
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!q}>
        <Combobox.Options aria-label={t('search.results')}>
          {hits.map((hit, i) => (
            <Combobox.Option value={`${hit.kind}:${hit.id}`} key={`${hit.kind}:${hit.id}`} aria-selected={i === selectedIndex}>
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <div>
                  <Text size="sm" fw={500}>
                    {hit.displayName}
                  </Text>
                  {hit.detail && (
                    <Text size="xs" c="dimmed">
                      {hit.detail}
                    </Text>
                  )}
                </div>
                <Text size="xs" c="dimmed">
                  {t(`search.kind.${hit.kind}`)}
                </Text>
              </Group>
            </Combobox.Option>
          ))}
          {q && data && hits.length === 0 && <Combobox.Empty>{t('search.noResults')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
