from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._hooks import redacted_repr
from ..models.scrape_response_data_branding_type_0_color_scheme import (
    ScrapeResponseDataBrandingType0ColorScheme,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scrape_response_data_branding_type_0_animations_type_0 import (
        ScrapeResponseDataBrandingType0AnimationsType0,
    )
    from ..models.scrape_response_data_branding_type_0_colors_type_0 import (
        ScrapeResponseDataBrandingType0ColorsType0,
    )
    from ..models.scrape_response_data_branding_type_0_components_type_0 import (
        ScrapeResponseDataBrandingType0ComponentsType0,
    )
    from ..models.scrape_response_data_branding_type_0_fonts_type_0_item import (
        ScrapeResponseDataBrandingType0FontsType0Item,
    )
    from ..models.scrape_response_data_branding_type_0_icons_type_0 import (
        ScrapeResponseDataBrandingType0IconsType0,
    )
    from ..models.scrape_response_data_branding_type_0_images_type_0 import (
        ScrapeResponseDataBrandingType0ImagesType0,
    )
    from ..models.scrape_response_data_branding_type_0_layout_type_0 import (
        ScrapeResponseDataBrandingType0LayoutType0,
    )
    from ..models.scrape_response_data_branding_type_0_personality_type_0 import (
        ScrapeResponseDataBrandingType0PersonalityType0,
    )
    from ..models.scrape_response_data_branding_type_0_spacing_type_0 import (
        ScrapeResponseDataBrandingType0SpacingType0,
    )
    from ..models.scrape_response_data_branding_type_0_typography_type_0 import (
        ScrapeResponseDataBrandingType0TypographyType0,
    )


T = TypeVar("T", bound="ScrapeResponseDataBrandingType0")


@redacted_repr
@_attrs_define
class ScrapeResponseDataBrandingType0:
    """Branding information extracted from the page if `branding` is in `formats`. Includes colors, fonts, typography,
    spacing, components, and more.

        Attributes:
            color_scheme (ScrapeResponseDataBrandingType0ColorScheme | Unset): The detected color scheme of the page.
            logo (None | str | Unset): URL of the primary logo.
            colors (None | ScrapeResponseDataBrandingType0ColorsType0 | Unset): Brand colors extracted from the page.
            fonts (list[ScrapeResponseDataBrandingType0FontsType0Item] | None | Unset): Array of font families used on the
                page.
            typography (None | ScrapeResponseDataBrandingType0TypographyType0 | Unset): Detailed typography information.
            spacing (None | ScrapeResponseDataBrandingType0SpacingType0 | Unset): Spacing and layout information.
            components (None | ScrapeResponseDataBrandingType0ComponentsType0 | Unset): UI component styles.
            icons (None | ScrapeResponseDataBrandingType0IconsType0 | Unset): Icon style information.
            images (None | ScrapeResponseDataBrandingType0ImagesType0 | Unset): Brand images.
            animations (None | ScrapeResponseDataBrandingType0AnimationsType0 | Unset): Animation and transition settings.
            layout (None | ScrapeResponseDataBrandingType0LayoutType0 | Unset): Layout configuration (grid, header/footer
                heights).
            personality (None | ScrapeResponseDataBrandingType0PersonalityType0 | Unset): Brand personality traits (tone,
                energy, target audience).
    """

    color_scheme: ScrapeResponseDataBrandingType0ColorScheme | Unset = UNSET
    logo: None | str | Unset = UNSET
    colors: None | ScrapeResponseDataBrandingType0ColorsType0 | Unset = UNSET
    fonts: list[ScrapeResponseDataBrandingType0FontsType0Item] | None | Unset = UNSET
    typography: None | ScrapeResponseDataBrandingType0TypographyType0 | Unset = UNSET
    spacing: None | ScrapeResponseDataBrandingType0SpacingType0 | Unset = UNSET
    components: None | ScrapeResponseDataBrandingType0ComponentsType0 | Unset = UNSET
    icons: None | ScrapeResponseDataBrandingType0IconsType0 | Unset = UNSET
    images: None | ScrapeResponseDataBrandingType0ImagesType0 | Unset = UNSET
    animations: None | ScrapeResponseDataBrandingType0AnimationsType0 | Unset = UNSET
    layout: None | ScrapeResponseDataBrandingType0LayoutType0 | Unset = UNSET
    personality: None | ScrapeResponseDataBrandingType0PersonalityType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if _models_pending:
            _import_models()

        color_scheme: str | Unset = UNSET
        if not isinstance(self.color_scheme, Unset):
            color_scheme = self.color_scheme.value

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        colors: dict[str, Any] | None | Unset
        if isinstance(self.colors, Unset):
            colors = UNSET
        elif isinstance(self.colors, ScrapeResponseDataBrandingType0ColorsType0):
            colors = self.colors.to_dict()
        else:
            colors = self.colors

        fonts: list[dict[str, Any]] | None | Unset
        if isinstance(self.fonts, Unset):
            fonts = UNSET
        elif isinstance(self.fonts, list):
            fonts = []
            for fonts_type_0_item_data in self.fonts:
                fonts_type_0_item = fonts_type_0_item_data.to_dict()
                fonts.append(fonts_type_0_item)

        else:
            fonts = self.fonts

        typography: dict[str, Any] | None | Unset
        if isinstance(self.typography, Unset):
            typography = UNSET
        elif isinstance(
            self.typography, ScrapeResponseDataBrandingType0TypographyType0
        ):
            typography = self.typography.to_dict()
        else:
            typography = self.typography

        spacing: dict[str, Any] | None | Unset
        if isinstance(self.spacing, Unset):
            spacing = UNSET
        elif isinstance(self.spacing, ScrapeResponseDataBrandingType0SpacingType0):
            spacing = self.spacing.to_dict()
        else:
            spacing = self.spacing

        components: dict[str, Any] | None | Unset
        if isinstance(self.components, Unset):
            components = UNSET
        elif isinstance(
            self.components, ScrapeResponseDataBrandingType0ComponentsType0
        ):
            components = self.components.to_dict()
        else:
            components = self.components

        icons: dict[str, Any] | None | Unset
        if isinstance(self.icons, Unset):
            icons = UNSET
        elif isinstance(self.icons, ScrapeResponseDataBrandingType0IconsType0):
            icons = self.icons.to_dict()
        else:
            icons = self.icons

        images: dict[str, Any] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, ScrapeResponseDataBrandingType0ImagesType0):
            images = self.images.to_dict()
        else:
            images = self.images

        animations: dict[str, Any] | None | Unset
        if isinstance(self.animations, Unset):
            animations = UNSET
        elif isinstance(
            self.animations, ScrapeResponseDataBrandingType0AnimationsType0
        ):
            animations = self.animations.to_dict()
        else:
            animations = self.animations

        layout: dict[str, Any] | None | Unset
        if isinstance(self.layout, Unset):
            layout = UNSET
        elif isinstance(self.layout, ScrapeResponseDataBrandingType0LayoutType0):
            layout = self.layout.to_dict()
        else:
            layout = self.layout

        personality: dict[str, Any] | None | Unset
        if isinstance(self.personality, Unset):
            personality = UNSET
        elif isinstance(
            self.personality, ScrapeResponseDataBrandingType0PersonalityType0
        ):
            personality = self.personality.to_dict()
        else:
            personality = self.personality

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color_scheme is not UNSET:
            field_dict["colorScheme"] = color_scheme
        if logo is not UNSET:
            field_dict["logo"] = logo
        if colors is not UNSET:
            field_dict["colors"] = colors
        if fonts is not UNSET:
            field_dict["fonts"] = fonts
        if typography is not UNSET:
            field_dict["typography"] = typography
        if spacing is not UNSET:
            field_dict["spacing"] = spacing
        if components is not UNSET:
            field_dict["components"] = components
        if icons is not UNSET:
            field_dict["icons"] = icons
        if images is not UNSET:
            field_dict["images"] = images
        if animations is not UNSET:
            field_dict["animations"] = animations
        if layout is not UNSET:
            field_dict["layout"] = layout
        if personality is not UNSET:
            field_dict["personality"] = personality

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if _models_pending:
            _import_models()

        d = dict(src_dict)
        _color_scheme = d.pop("colorScheme", UNSET)
        color_scheme: ScrapeResponseDataBrandingType0ColorScheme | Unset
        if isinstance(_color_scheme, Unset):
            color_scheme = UNSET
        else:
            color_scheme = ScrapeResponseDataBrandingType0ColorScheme(_color_scheme)

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("logo", UNSET))

        def _parse_colors(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0ColorsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                colors_type_0 = ScrapeResponseDataBrandingType0ColorsType0.from_dict(
                    data
                )

                return colors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataBrandingType0ColorsType0 | Unset, data)

        colors = _parse_colors(d.pop("colors", UNSET))

        def _parse_fonts(
            data: object,
        ) -> list[ScrapeResponseDataBrandingType0FontsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                fonts_type_0 = []
                _fonts_type_0 = data
                for fonts_type_0_item_data in _fonts_type_0:
                    fonts_type_0_item = (
                        ScrapeResponseDataBrandingType0FontsType0Item.from_dict(
                            fonts_type_0_item_data
                        )
                    )

                    fonts_type_0.append(fonts_type_0_item)

                return fonts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ScrapeResponseDataBrandingType0FontsType0Item] | None | Unset, data
            )

        fonts = _parse_fonts(d.pop("fonts", UNSET))

        def _parse_typography(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0TypographyType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                typography_type_0 = (
                    ScrapeResponseDataBrandingType0TypographyType0.from_dict(data)
                )

                return typography_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataBrandingType0TypographyType0 | Unset, data
            )

        typography = _parse_typography(d.pop("typography", UNSET))

        def _parse_spacing(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0SpacingType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                spacing_type_0 = ScrapeResponseDataBrandingType0SpacingType0.from_dict(
                    data
                )

                return spacing_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataBrandingType0SpacingType0 | Unset, data
            )

        spacing = _parse_spacing(d.pop("spacing", UNSET))

        def _parse_components(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0ComponentsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                components_type_0 = (
                    ScrapeResponseDataBrandingType0ComponentsType0.from_dict(data)
                )

                return components_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataBrandingType0ComponentsType0 | Unset, data
            )

        components = _parse_components(d.pop("components", UNSET))

        def _parse_icons(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0IconsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                icons_type_0 = ScrapeResponseDataBrandingType0IconsType0.from_dict(data)

                return icons_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataBrandingType0IconsType0 | Unset, data)

        icons = _parse_icons(d.pop("icons", UNSET))

        def _parse_images(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0ImagesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                images_type_0 = ScrapeResponseDataBrandingType0ImagesType0.from_dict(
                    data
                )

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataBrandingType0ImagesType0 | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_animations(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0AnimationsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                animations_type_0 = (
                    ScrapeResponseDataBrandingType0AnimationsType0.from_dict(data)
                )

                return animations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataBrandingType0AnimationsType0 | Unset, data
            )

        animations = _parse_animations(d.pop("animations", UNSET))

        def _parse_layout(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0LayoutType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                layout_type_0 = ScrapeResponseDataBrandingType0LayoutType0.from_dict(
                    data
                )

                return layout_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScrapeResponseDataBrandingType0LayoutType0 | Unset, data)

        layout = _parse_layout(d.pop("layout", UNSET))

        def _parse_personality(
            data: object,
        ) -> None | ScrapeResponseDataBrandingType0PersonalityType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                personality_type_0 = (
                    ScrapeResponseDataBrandingType0PersonalityType0.from_dict(data)
                )

                return personality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | ScrapeResponseDataBrandingType0PersonalityType0 | Unset, data
            )

        personality = _parse_personality(d.pop("personality", UNSET))

        scrape_response_data_branding_type_0 = cls(
            color_scheme=color_scheme,
            logo=logo,
            colors=colors,
            fonts=fonts,
            typography=typography,
            spacing=spacing,
            components=components,
            icons=icons,
            images=images,
            animations=animations,
            layout=layout,
            personality=personality,
        )

        scrape_response_data_branding_type_0.additional_properties = d
        return scrape_response_data_branding_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_models_pending = True


def _import_models() -> None:
    """The models the methods above refer to, imported on the first call (not at import
    time: they may refer back to this module) and never again (written by postprocess.py)."""
    global _models_pending
    global ScrapeResponseDataBrandingType0AnimationsType0
    from ..models.scrape_response_data_branding_type_0_animations_type_0 import (
        ScrapeResponseDataBrandingType0AnimationsType0,
    )

    global ScrapeResponseDataBrandingType0ColorsType0
    from ..models.scrape_response_data_branding_type_0_colors_type_0 import (
        ScrapeResponseDataBrandingType0ColorsType0,
    )

    global ScrapeResponseDataBrandingType0ComponentsType0
    from ..models.scrape_response_data_branding_type_0_components_type_0 import (
        ScrapeResponseDataBrandingType0ComponentsType0,
    )

    global ScrapeResponseDataBrandingType0FontsType0Item
    from ..models.scrape_response_data_branding_type_0_fonts_type_0_item import (
        ScrapeResponseDataBrandingType0FontsType0Item,
    )

    global ScrapeResponseDataBrandingType0IconsType0
    from ..models.scrape_response_data_branding_type_0_icons_type_0 import (
        ScrapeResponseDataBrandingType0IconsType0,
    )

    global ScrapeResponseDataBrandingType0ImagesType0
    from ..models.scrape_response_data_branding_type_0_images_type_0 import (
        ScrapeResponseDataBrandingType0ImagesType0,
    )

    global ScrapeResponseDataBrandingType0LayoutType0
    from ..models.scrape_response_data_branding_type_0_layout_type_0 import (
        ScrapeResponseDataBrandingType0LayoutType0,
    )

    global ScrapeResponseDataBrandingType0PersonalityType0
    from ..models.scrape_response_data_branding_type_0_personality_type_0 import (
        ScrapeResponseDataBrandingType0PersonalityType0,
    )

    global ScrapeResponseDataBrandingType0SpacingType0
    from ..models.scrape_response_data_branding_type_0_spacing_type_0 import (
        ScrapeResponseDataBrandingType0SpacingType0,
    )

    global ScrapeResponseDataBrandingType0TypographyType0
    from ..models.scrape_response_data_branding_type_0_typography_type_0 import (
        ScrapeResponseDataBrandingType0TypographyType0,
    )

    _models_pending = False
